namespace Baton.PrivacyBench.Corpus;

/// <summary>Ordinary lines in each file kind's style: what surrounds secrets in real repositories.</summary>
internal static class Filler
{
    public static string Line(Fakes f, string kind) => kind switch
    {
        "env" or "npmrc" => f.Pick([
            $"PORT={3000 + f.Next(6000)}", "NODE_ENV=production", $"LOG_LEVEL={f.Pick(["info", "debug", "warn"])}",
            $"REDIS_HOST=redis-{f.Next(9)}", "FEATURE_FLAGS=search,export", $"MAX_CONNECTIONS={f.Next(500)}", "# local overrides",
            "registry=https://registry.npmjs.org/", "save-exact=true", "", $"TIMEOUT_MS={f.Next(90000)}"]),
        "yaml" => f.Pick([
            "services:", "  web:", $"    image: acme/web:{f.Next(9)}.{f.Next(20)}.{f.Next(9)}", "    ports:", $"      - \"{8000 + f.Next(999)}:80\"",
            "    environment:", "      - NODE_ENV=production", "  replicas: 3", "  resources:", "    limits:", $"      memory: {f.Next(4096)}Mi",
            "# deployment settings", "  retries: 5", "  healthcheck: /healthz", ""]),
        "json" => f.Pick([
            "  {", "  },", $"    \"id\": {f.Next(100000)},", $"    \"name\": \"{f.Pick(["orders", "billing", "search"])}-{f.Next(99)}\",",
            $"    \"enabled\": {f.Pick(["true", "false"])},", $"    \"timeout\": {f.Next(30000)},", "    \"tags\": [\"a\", \"b\"],",
            $"    \"version\": \"{f.Next(5)}.{f.Next(20)}.{f.Next(10)}\","]),
        "py" => f.Pick([
            "import os", "import logging", "from dataclasses import dataclass", "", "def handler(event, context):",
            "    logger.info(\"processing %s\", event[\"id\"])", $"    return {{\"status\": {f.Pick(["200", "404"])}}}",
            "class Settings:", "    debug: bool = False", $"    retries = {f.Next(9)}", "# TODO: move to config", "    token = get_token()"]),
        "cs" => f.Pick([
            "using System;", "namespace Acme.Orders;", "public sealed class OrderService", "{", "}",
            "    public async Task<Order> GetAsync(int id, CancellationToken cancellationToken)",
            $"        var timeout = TimeSpan.FromSeconds({f.Next(120)});", "        logger.LogInformation(\"Order {Id} loaded\", id);",
            "        if (password == null) throw new ArgumentNullException(nameof(password));", "        // retry with backoff", ""]),
        "log" => $"2025-03-{1 + f.Next(28):00}T{f.Next(24):00}:{f.Next(60):00}:{f.Next(60):00}Z {f.Pick(["INFO", "WARN", "DEBUG"])} " + f.Pick([
            $"worker-{f.Next(16)} processed batch {f.Next(100000)} in {f.Next(5000)} ms", "GET /api/v1/orders 200", "cache miss for key orders:42",
            $"connected to 10.0.{f.Next(256)}.{f.Next(256)}:5432", "retrying request (attempt 2 of 5)", $"build {f.Next(9)}.{f.Next(9)}.{f.Next(99)} started"]),
        "md" => f.Pick([
            "## Setup", "Run `npm install` and then `npm start`.", "The service reads its settings from the environment.",
            "See the [deployment guide](docs/deploy.md) for details.", "", "| key | meaning |", "| --- | --- |", "> Note: tokens rotate weekly."]),
        _ => f.Pick([
            "import { createServer } from 'node:http';", "export function handler(req, res) {", "  res.end(JSON.stringify({ ok: true }));",
            "}", "const retries = 3;", "// keep in sync with the API", "module.exports = { port: 8080 };", "  const token = await getToken();", ""]),
    };

    public static string Minified(Fakes f) => f.Pick([
        "function(e,t,n){\"use strict\";var r=n(12),o=n(7);t.default=function(e){return r(e)&&o(e)}},",
        "e.exports=function(e){return e&&e.__esModule?e:{default:e}};",
        "var a=Object.assign||function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];for(var r in n)e[r]=n[r]}return e};",
        $"t.VERSION=\"{f.Next(9)}.{f.Next(20)}.{f.Next(9)}\";",
        "Promise.resolve().then(function(){return n.e(3)}).then(n.bind(null,42));",
        "if(!e)throw new Error(\"Invariant failed: \"+t);",
    ]);
}
