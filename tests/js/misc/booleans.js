// Booleans: conversion, operators and printing.
console.log(Boolean(0), Boolean(""), Boolean("0"), Boolean([]), Boolean({}), Boolean(null), Boolean(NaN));
console.log(true + true, true * 10, false - 1, true / 2);
console.log(true === 1, true == 1, !!"x", !true);
console.log(String(true), true.toString(), `${false}`, JSON.stringify([true, false]));
console.log(typeof true, typeof Boolean(1));
console.log(true & false, true | false, true ^ true);
console.log([true, false].map(function (b) { return b ? "yes" : "no"; }));
