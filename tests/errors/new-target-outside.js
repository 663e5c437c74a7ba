var t = new.target;
