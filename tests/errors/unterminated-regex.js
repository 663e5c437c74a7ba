var r = /abc;
