// Timers created in a loop with let capture each value.
for (let i = 0; i < 5; i++) setTimeout(function () { console.log("let", i); }, i);
for (var j = 0; j < 3; j++) setTimeout(function () { console.log("var", j); }, 10);
