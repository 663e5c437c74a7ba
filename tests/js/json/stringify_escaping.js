// JSON.stringify escapes quotes, backslashes, control characters and lone surrogates.
console.log(JSON.stringify('say "hi"'));
console.log(JSON.stringify("back\\slash"));
console.log(JSON.stringify("line\nbreak\ttab\rcr\bback\fform"));
console.log(JSON.stringify("\u0001\u001f\u007f"));
console.log(JSON.stringify("unicode é 日本 😀"));
console.log(JSON.stringify("\ud800"), JSON.stringify("\udc00x"));
console.log(JSON.stringify({ "key with \"quotes\"": "v" }));
console.log(JSON.stringify("</script>"));
