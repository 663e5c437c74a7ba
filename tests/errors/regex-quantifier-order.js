if (/x{2,1}/.test(s)) {}
