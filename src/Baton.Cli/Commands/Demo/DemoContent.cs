namespace Baton.Cli.Commands.Demo;

/// <summary>The texts of the demo: a spec, standards, the AI's notes and decision, and the code they talk about.</summary>
internal static class DemoContent
{
    public const string ApiSpec = """
        # Payments API

        `POST /payments/{id}/refunds` refunds all or part of a captured payment.

        - Request: `{ "amount": 1250, "currency": "EUR", "reason": "customer_request" }`
        - Header `Idempotency-Key` (required): a retry with the same key returns the first result.
        - Responses: `201` refund created, `409` amount exceeds the captured remainder, `422` invalid currency.
        - The provider rate-limits bursts to 20 requests per second per merchant; callers must retry 429s with backoff.

        """;

    public const string CodingStandards = """
        # C# coding standards

        1. Controllers stay thin: validate, call one service, map the result.
        2. Every outbound call has a timeout and a bounded retry with jittered exponential backoff.
        3. Money is `long` minor units plus an ISO 4217 currency, never `decimal` floats of major units.
        4. Errors are problem-details bodies with a stable `type` URI.

        """;

    public const string DesignNotes = """
        ## Why the refund endpoint looks like this

        - Retry: the provider answers 429 under bursts, so the client retries 3 attempts with jittered
          exponential backoff (100 ms base), then returns 503 with Retry-After.
        - Idempotency: the Idempotency-Key is stored with the refund id, so a retried request never refunds twice.
        - Partial refunds are checked against the captured remainder inside the same transaction (409 if exceeded).

        Open question for QA: what should happen when the provider times out after accepting the refund?

        """;

    public const string Decision = """
        Refunds are idempotent by the `Idempotency-Key` header: the first result is stored for 24 h and
        returned for any retry with the same key. Alternatives considered: deduplicating by amount and time
        (rejected: two genuine equal refunds would collide).

        """;

    public const string Controller = """
        using Microsoft.AspNetCore.Mvc;

        namespace Shop.Payments;

        [ApiController]
        public sealed class RefundsController(IRefundService refunds) : ControllerBase
        {
            [HttpPost("/payments/{id}/refunds")]
            public async Task<IActionResult> Create(string id, RefundRequest request, [FromHeader(Name = "Idempotency-Key")] string key)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var result = await refunds.CreateAsync(id, request, key);
                    if (result.Status != 429 || attempt == 3)
                        return result.ToActionResult();
                    await Task.Delay(Backoff.Jittered(attempt, baseMilliseconds: 100));
                }
            }
        }

        """;
}
