let a = 1 +;
