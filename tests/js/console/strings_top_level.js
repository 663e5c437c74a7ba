// Top-level strings print raw; the format string handles %s %d %i %f %j %o %%.
console.log("raw 'quotes' and \"doubles\"");
console.log("%s is %d years", "Ann", 42);
console.log("%i and %f", 3.9, "2.5");
console.log("100%% sure", "extra");
console.log("%s", { a: 1 }, "%s");
console.log("no format", "%d", 5);
console.log("%d%%", 50);
console.log("%j", 1);
console.log("%s", "a", "b");
console.log("%c styled", "color: red");
console.log(5, "%s", "x");
