// throw and catch of errors and of non-error values.
try { throw new Error("boom"); } catch (e) { console.log(e.message, e.name, e instanceof Error); }
try { throw "a string"; } catch (e) { console.log(typeof e, e); }
try { throw 42; } catch (e) { console.log(e + 1); }
try { throw { code: 7 }; } catch (e) { console.log(e.code); }
try { throw null; } catch (e) { console.log(e); }
try { null.prop; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
try { undefinedFunction(); } catch (e) { console.log(e.name); }
try { (void 0)(); } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { try { throw 1; } catch { console.log("optional binding"); } } catch (e) {}
var r = (function () { try { return "try"; } catch (e) { return "catch"; } })();
console.log(r);
