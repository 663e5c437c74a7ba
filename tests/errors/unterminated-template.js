var t = `abc ${x}
