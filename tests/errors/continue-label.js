outer: { continue outer; }
