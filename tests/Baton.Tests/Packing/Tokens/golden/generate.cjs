// Writes golden.json to stdout: tricky texts with their token counts per encoding, as js-tiktoken counts
// them ("o200k_base", "cl100k_base"). Where OpenAI's Rust core (the `tiktoken` WebAssembly package)
// counts differently, its count is kept under "rust" so that the difference stays visible and explained
// (docs/tokens.md). Run through generate.sh, which installs both packages into bench/.cache/node.
"use strict";

const { Tiktoken } = require("js-tiktoken/lite");
const wasm = require("tiktoken");

const ENCODINGS = ["o200k_base", "cl100k_base"];
const js = Object.fromEntries(ENCODINGS.map((name) => [name, new Tiktoken(require(`js-tiktoken/ranks/${name}`).default ?? require(`js-tiktoken/ranks/${name}`))]));
const rust = Object.fromEntries(ENCODINGS.map((name) => [name, wasm.get_encoding(name)]));

const cases = [];
const add = (name, text) => cases.push({ name, text });

// Prose and contractions (ASCII and curly apostrophes, every case variant tiktoken accepts).
add("empty", "");
add("prose", "The quick brown fox jumps over the lazy dog. It's 9 o'clock, isn't it?");
add("contractions", "I'm sure you'll've seen they'd've done it; we're here, they've gone, she's ok, don't.");
add("contractions-upper", "DON'T YOU'LL WE'RE THEY'VE I'M SHE'D IT'S You'Re We'rE THEY'Ll i'M");
add("contractions-curly", "It’s what we’re told: don’t ‘quote’ me, “please”. Rock ’n’ roll’s back.");
add("contractions-alone", "'s 't 're 've 'm 'll 'd 'S 'LL 're' ''s '''");
add("contractions-after-digits-and-punct", "1990's 3'd x)'s ('re) a_'s a-'ll");
add("contractions-long-s", "it'ſ the kelvin K'ſ 'ſ");
add("apostrophe-mid-word", "O'Neil's rock'n'roll can't-won't y'all");

// Numbers.
add("digits", "1 12 123 1234 12345 123456 1234567 12345678901234567890");
add("numbers", "3.14159 1,000,000 -42 +7e-10 0x1F 0b1010 1_000 v1.2.3 2024-05-13T10:20:30Z");
add("unicode-numbers", "٣٤٥ ۱۲۳ १२३ Ⅻ ½ ² ³⁄₄ ① 𝟘𝟙𝟚");
add("digits-long", "9".repeat(100) + " " + "0123456789".repeat(20));

// Whitespace.
add("spaces", "a b  c   d    e     f");
add("trailing-spaces", "line with trailing   ");
add("trailing-newline-spaces", "end\n  ");
add("trailing-newline-tab", "end\n\t");
add("only-spaces", "     ");
add("only-newlines", "\n\n\n");
add("tabs", "\tone\n\t\ttwo\n\t\t\tthree\t\n");
add("mixed-indent", "if (x) {\n    \tfoo();\n  \t  bar();\n}\n");
add("crlf", "first\r\nsecond\r\n\r\nthird\r\n");
add("cr-only", "a\rb\r\rc\r");
add("space-before-newline", "a   \n  b \n\n   \n c");
add("newline-runs", "a\n\n\n\nb\n \n \nc\n\n  \n\n\td");
add("vertical-tab-form-feed", "a\vb\fc\v\fd");
add("unicode-spaces", "a\u00a0b\u2003c\u3000d\u202fe\u205ff\u1680g\u2009\u200ah");
add("line-separators", "a\u2028b\u2029c\u0085d");
add("bom", "\ufeff#include <stdio.h>\n");
add("bom-middle", "a\ufeffb \ufeff c\ufeff");
add("zero-width", "a\u200bb\u200cc\u200dd\u2060e");
add("spaces-long", " ".repeat(1000) + "x" + " ".repeat(500));
add("newlines-long", "\n".repeat(300) + "x" + "\r\n".repeat(200));
add("tabs-long", "\t".repeat(257) + "y");

// Case-aware letter classes (o200k splits CamelCase; Lt, Lm, Lo and marks sit in both classes).
add("camel-case", "HelloWorld XMLHttpRequest getHTTPResponseCode parseJSON iOS macOS ABCdef ALLCAPS CamelCase123Foo");
add("titlecase-digraphs", "ǅungla ǈubljana ǋeto ǲ Dž");
add("modifier-letters", "ʰello ʻOkina ˈstress ʼapostrophe ꜰake ᵃbc");
add("greek-cyrillic", "ΑΒΓαβγ Ελληνικά ПриветМИР Москва ΣΊΣΥΦΟΣ");
add("snake-and-kebab", "snake_case_name SCREAMING_SNAKE kebab-case-name __dunder__ $jquery @decorator #define");

// Scripts, marks and direction.
add("cjk", "汉字漢字かなカナ한국어 中文测试：你好，世界！日本語のテキストです。");
add("cjk-long", "的一是不了人我在有他这为之大来以个中上们".repeat(25));
add("combining-marks", "cafe\u0301 e\u0301\u0302\u0303 n\u0303o Z\u0351\u0352a\u0353l\u0354g\u0355o");
add("marks-first", "\u0301abc \u0301 \u0301\u0302 x \u0301ABC \u0301\n\u0301");
add("marks-after-space", " \u0301a  \u0301\u0301b\t\u0301C");
add("devanagari", "नमस्ते दुनिया हिन्दी भाषा");
add("thai", "สวัสดีครับ ภาษาไทย");
add("hebrew", "שָׁלוֹם עוֹלָם עברית");
add("arabic", "مرحبا بالعالم العربية ١٢٣");
add("rtl-controls", "abc\u200fdef\u202eghi\u202c \u200ejkl\u2067mno\u2069");
add("emoji", "👍 👍🏽 👨‍👩‍👧‍👦 🇫🇷🇩🇪 ❤️ ☕ 🤖🚀✨ 😀😃😄");
add("emoji-with-text", "Great job👍!Let's go🚀🚀🚀 #win");
add("math-and-symbols", "∀x∈ℝ: x² ≥ 0 → √x ∧ ¬p ∨ q ≠ ∞ ± € £ ¥ © ® ™ § ¶ • … — –");
add("fullwidth", "ＡＢＣａｂｃ１２３！？");
add("letterlike", "ℌℑℜ ℂℕℙℚℝℤ ℓ № ℮");
add("specials-as-text", "<|endoftext|> <|fim_prefix|><|fim_middle|><|fim_suffix|> <|endofprompt|>");

// Invalid UTF-16: lone surrogates are encoded as U+FFFD (EF BF BD), as TextEncoder does.
add("lone-high-surrogate", "a\ud800b");
add("lone-low-surrogate", "a\udc00b");
add("surrogates-reversed", "x\ude00\ud83dy");
add("high-surrogate-at-end", "end\ud83d");
add("surrogates-between-letters", "word\ud800word \udfffWORD");
add("replacement-char", "\ufffd\ufffd text \ufffd");

// Punctuation runs and code.
add("punctuation-runs", "!!! ??? ... --- === *** ### $$$ %%% ^^^ &&& ||| ~~~ ``` ''' \"\"\"");
add("punctuation-newlines", "});\n\n}\n/\n/\n*/\n// x\n/* y */\n");
add("slashes", "a/b/c //x ///y /\n/ http://example.com/path/to?q=1&r=2#frag /usr/include/sys/");
add("c", "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    printf(\"%d\\n\", argc);\n    return 0;\n}\n");
add("c-header", "#ifndef _SYS_TYPES_H\n#define _SYS_TYPES_H 1\n\n__BEGIN_DECLS\ntypedef unsigned long int __u_long;\nextern int __REDIRECT_NTH (foo, (int __x), bar) __THROW;\n#endif /* sys/types.h */\n");
add("csharp", "namespace Baton;\n\ninternal sealed class Foo(int x)\n{\n    public int X => x;\n    public override string ToString() => $\"Foo({X})\";\n}\n");
add("python", "def f(x: int) -> str:\n    \"\"\"Doc.\"\"\"\n    if x >= 10:\n        return f'{x:>04d}'\n    return str(x) # comment\n");
add("javascript", "const f = async (a, b = {}) => { await g?.(a ?? b); return `${a}-${b}`; };\nexport default f;\n");
add("typescript", "export interface Foo<T extends object = {}> {\n  readonly bar?: T[];\n  baz(): Promise<void>;\n}\n");
add("rust", "fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let v: Vec<u8> = vec![0; 10];\n    println!(\"{:?}\", &v[..]);\n    Ok(())\n}\n");
add("go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 42 }()\n\tfmt.Println(<-ch)\n}\n");
add("sql", "SELECT u.id, COUNT(*) AS n FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.name LIKE '%ann%' GROUP BY u.id;\n");
add("html", "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head>\n<body><p class='x'>Hi&nbsp;there</p></body></html>\n");
add("json", "{\"a\": [1, 2.5, -3e10, true, null], \"b\": {\"c\": \"d\\u00e9\"}}\n");
add("yaml", "key: value\nlist:\n  - one\n  - 'two'\nnested:\n    deep: |\n      text\n");
add("shell", "#!/usr/bin/env bash\nset -euo pipefail\nfor f in \"$@\"; do echo \"${f%.txt}\" | tr a-z A-Z >> out.log 2>&1; done\n");
add("makefile", "all: build\n\nbuild:\n\t$(CC) -o $@ $^ $(CFLAGS)\n\n.PHONY: all build\n");
add("markdown", "# Title\n\n- item **bold** _it_ `code`\n\n> quote\n\n```js\nx = 1\n```\n\n| a | b |\n|---|---|\n");
add("minified", "!function(e,t){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=t():e.x=t()}(this,function(){return 1});");
add("base64", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

// Very long pieces (the BPE of one pre-token).
add("long-word", "a".repeat(1000));
add("long-mixed-word", "Supercalifragilisticexpialidocious".repeat(30));
add("long-upper-word", "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(20));
add("long-punctuation", "=".repeat(300) + "-".repeat(200) + "/*".repeat(100));
add("long-hex", "0123456789abcdef".repeat(64));
add("long-pseudo-random", pseudoRandomWord(4000, 7));

// Random mixtures of the characters where the pre-tokenizers' rules meet.
const alphabet = ["a", "b", "s", "t", "Z", "Q", "é", "\u0301", "ǅ", "ʰ", "ß", "Ω", "ω", "汉", "か", "1", "23", "٣", "½",
  " ", " ", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u0085",
  "'", "'s", "'S", "'ll", "'re", "’", "!", "/", "//", ".", ",", "-", "_", "(", ")", "{", "}", "\"", "#", "$",
  "👍", "🏽", "\u200d", "\ud800", "K", "ſ"];
let seed = 20240513;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
for (let i = 0; i < 600; i++) {
  const length = Math.floor(random() * 24);
  let text = "";
  for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
  add(`random-${String(i).padStart(3, "0")}`, text);
}

function pseudoRandomWord(length, step) {
  let s = "";
  let x = 1;
  for (let i = 0; i < length; i++) {
    x = (x * 48271) % 2147483647;
    s += String.fromCharCode(97 + ((x >> step) % 26));
  }
  return s;
}

const hasLoneSurrogate = (text) => /\p{Cs}/u.test(text);
const out = cases.map(({ name, text }) => {
  const entry = { name };
  // System.Text.Json refuses escaped lone surrogates, so such texts are stored as UTF-16 code units.
  if (hasLoneSurrogate(text)) entry.utf16 = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  else entry.text = text;
  for (const encoding of ENCODINGS) entry[encoding] = js[encoding].encode(text, [], []).length;
  const differs = {};
  for (const encoding of ENCODINGS) {
    const count = rust[encoding].encode_ordinary(text).length;
    if (count !== entry[encoding]) differs[encoding] = count;
  }
  if (Object.keys(differs).length > 0) entry.rust = differs;
  return entry;
});

process.stdout.write("[\n" + out.map((e) => "  " + JSON.stringify(e)).join(",\n") + "\n]\n");
