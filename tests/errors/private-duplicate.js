class A { #x; #x; }
