var r = /(/;
