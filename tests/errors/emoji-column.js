var s = "😀"; var t = 1 +* 2;
