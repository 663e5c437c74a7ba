for (async of x) ;
