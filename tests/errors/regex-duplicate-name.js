let r = /(?<n>a)(?<n>b)/;
