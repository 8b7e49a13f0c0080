/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme.
 * Kept as a constant string because the Content-Security-Policy allows it by its hash.
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})()`;
