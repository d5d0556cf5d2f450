using System.Globalization;
using System.Text;

namespace Baton.Bench.Selection;

/// <summary>
/// A deterministic repository-like tree: folders 3–4 levels deep, source files of 1–6 KB, a .gitignore
/// every few folders, build output and node_modules folders for the rules and defaults to prune.
/// </summary>
internal static class TreeGenerator
{
    public static void Write(string root, int files)
    {
        var random = new Random(42);
        var line = Encoding.UTF8.GetBytes("    int value = compute(alpha, beta) + offset; // a line of plausible code\n");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, ".gitignore"), "*.o\n/out/\n*.tmp\n!keep.tmp\n");
        for (var i = 0; i < files; i++)
        {
            var folder = Path.Combine(root, $"mod{i % 40:00}", $"pkg{i / 40 % 25:00}", $"part{i / 1000 % 10}");
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                if (random.Next(4) == 0)
                    File.WriteAllText(Path.Combine(folder, ".gitignore"), "generated/\n*.log\n!important.log\n");
            }

            var name = (i % 17) switch
            {
                0 => $"obj{i}.o",
                1 => $"scratch{i}.tmp",
                2 => $"run{i}.log",
                _ => $"file{i.ToString(CultureInfo.InvariantCulture)}.c",
            };
            using var stream = File.Create(Path.Combine(folder, name));
            for (var n = random.Next(15, 80); n > 0; n--)
                stream.Write(line);
        }

        foreach (var extra in new[] { "node_modules/lib/index.js", "out/app.bin", "mod00/pkg00/part0/generated/g.c" })
        {
            var path = Path.Combine(root, extra);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x\n");
        }
    }
}
