var a = (;
