var s = "Ã(";
