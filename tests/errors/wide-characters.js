var 中文 = 1; var 中文 = 2; let 中文;
