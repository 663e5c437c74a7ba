// a lone ] is Annex B syntax, but not with the u flag
const ok = /]/, bad = /a]/u;
