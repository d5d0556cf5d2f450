namespace Baton.Packing.Selection;

/// <summary>
/// What Baton leaves out unless told otherwise: other version-control folders, Baton's own workspace,
/// dependency and build-output folders, caches, lock files and logs. Written in .gitignore syntax, so a
/// name without '/' matches at any depth and a trailing '/' matches folders only. A .batonignore line such
/// as <c>!dist/</c> wins over these; turning default ignores off drops them all. docs/packing-selection.md
/// lists them; keep the two in step.
/// </summary>
internal static class DefaultIgnores
{
    public const string Source = "baton default ignores";

    public static IReadOnlyList<string> Patterns { get; } =
    [
        // Other version control (git's own .git is never walked)
        ".hg/", ".svn/", ".bzr/", "_darcs/", "CVS/", ".jj/", ".pijul/", ".fslckout",

        // Baton's workspace
        ".baton/",

        // Dependencies
        "node_modules/", "bower_components/", "jspm_packages/", ".pnpm-store/", ".yarn/", "vendor/",
        ".venv/", "venv/", "__pypackages__/", ".bundle/",

        // Build output and caches
        "bin/", "obj/", "dist/", "build/", "out/", "target/",
        ".next/", ".nuxt/", ".svelte-kit/", ".turbo/", ".parcel-cache/", ".angular/", ".dart_tool/",
        "__pycache__/", "*.py[cod]", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/", ".tox/", ".nox/", "*.egg-info/",
        ".gradle/", ".terraform/", "coverage/", ".nyc_output/",

        // Editors and operating systems
        ".idea/", ".vs/", ".DS_Store", "Thumbs.db",

        // Lock files
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
        "Cargo.lock", "poetry.lock", "Pipfile.lock", "uv.lock", "pdm.lock", "composer.lock", "Gemfile.lock",
        "go.sum", "packages.lock.json", "paket.lock", "Podfile.lock", "pubspec.lock", "gradle.lockfile",
        "mix.lock", "flake.lock", "Package.resolved",

        // Logs
        "*.log", "logs/",
    ];

    public static IgnoreFile Rules { get; } = IgnoreFile.FromLines(Patterns, IgnoreFileKind.Defaults, Source);
}
