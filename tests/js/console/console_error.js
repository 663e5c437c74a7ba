// console.error and console.warn go to stderr and are not part of stdout.
console.log("out 1");
console.error("err 1");
console.warn("warn 1");
console.log("out 2");
console.error({ a: 1 }, [1, 2]);
console.info("info goes to stdout");
console.debug("debug goes to stdout");
console.log("out 3");
