// Lucene 4.8's PorterStemmer (org.apache.lucene.analysis.en.PorterStemmer), ported step for step so that the page
// stems exactly as the index did. It works on UTF-16 code units, as Lucene's does.

let b;
let j;
let k;
let k0;

function cons(p) {
  switch (b[p]) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
      return false;
    case 'y':
      return p === k0 ? true : !cons(p - 1);
    default:
      return true;
  }
}

// The number of consonant sequences between k0 and j.
function m() {
  let n = 0;
  let p = k0;
  for (;;) {
    if (p > j) return n;
    if (!cons(p)) break;
    p++;
  }
  p++;
  for (;;) {
    for (;;) {
      if (p > j) return n;
      if (cons(p)) break;
      p++;
    }
    p++;
    n++;
    for (;;) {
      if (p > j) return n;
      if (!cons(p)) break;
      p++;
    }
    p++;
  }
}

function vowelInStem() {
  for (let p = k0; p <= j; p++) if (!cons(p)) return true;
  return false;
}

function doublec(p) {
  if (p < k0 + 1) return false;
  if (b[p] !== b[p - 1]) return false;
  return cons(p);
}

function cvc(p) {
  if (p < k0 + 2 || !cons(p) || cons(p - 1) || !cons(p - 2)) return false;
  const ch = b[p];
  return !(ch === 'w' || ch === 'x' || ch === 'y');
}

function ends(s) {
  const l = s.length;
  const o = k - l + 1;
  if (o < k0) return false;
  for (let q = 0; q < l; q++) if (b[o + q] !== s[q]) return false;
  j = k - l;
  return true;
}

function setTo(s) {
  const l = s.length;
  const o = j + 1;
  for (let q = 0; q < l; q++) b[o + q] = s[q];
  k = j + l;
}

function r(s) {
  if (m() > 0) setTo(s);
}

function step1() {
  if (b[k] === 's') {
    if (ends('sses')) k -= 2;
    else if (ends('ies')) setTo('i');
    else if (b[k - 1] !== 's') k--;
  }
  if (ends('eed')) {
    if (m() > 0) k--;
  } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
    k = j;
    if (ends('at')) setTo('ate');
    else if (ends('bl')) setTo('ble');
    else if (ends('iz')) setTo('ize');
    else if (doublec(k)) {
      const ch = b[k--];
      if (ch === 'l' || ch === 's' || ch === 'z') k++;
    } else if (m() === 1 && cvc(k)) setTo('e');
  }
}

function step2() {
  if (ends('y') && vowelInStem()) b[k] = 'i';
}

function step3() {
  if (k === k0) return;
  switch (b[k - 1]) {
    case 'a':
      if (ends('ational')) { r('ate'); break; }
      if (ends('tional')) { r('tion'); break; }
      break;
    case 'c':
      if (ends('enci')) { r('ence'); break; }
      if (ends('anci')) { r('ance'); break; }
      break;
    case 'e':
      if (ends('izer')) { r('ize'); break; }
      break;
    case 'l':
      if (ends('bli')) { r('ble'); break; }
      if (ends('alli')) { r('al'); break; }
      if (ends('entli')) { r('ent'); break; }
      if (ends('eli')) { r('e'); break; }
      if (ends('ousli')) { r('ous'); break; }
      break;
    case 'o':
      if (ends('ization')) { r('ize'); break; }
      if (ends('ation')) { r('ate'); break; }
      if (ends('ator')) { r('ate'); break; }
      break;
    case 's':
      if (ends('alism')) { r('al'); break; }
      if (ends('iveness')) { r('ive'); break; }
      if (ends('fulness')) { r('ful'); break; }
      if (ends('ousness')) { r('ous'); break; }
      break;
    case 't':
      if (ends('aliti')) { r('al'); break; }
      if (ends('iviti')) { r('ive'); break; }
      if (ends('biliti')) { r('ble'); break; }
      break;
    case 'g':
      if (ends('logi')) { r('log'); break; }
      break;
    default:
      break;
  }
}

function step4() {
  switch (b[k]) {
    case 'e':
      if (ends('icate')) { r('ic'); break; }
      if (ends('ative')) { r(''); break; }
      if (ends('alize')) { r('al'); break; }
      break;
    case 'i':
      if (ends('iciti')) { r('ic'); break; }
      break;
    case 'l':
      if (ends('ical')) { r('ic'); break; }
      if (ends('ful')) { r(''); break; }
      break;
    case 's':
      if (ends('ness')) { r(''); break; }
      break;
    default:
      break;
  }
}

function step5() {
  if (k === k0) return;
  switch (b[k - 1]) {
    case 'a':
      if (ends('al')) break;
      return;
    case 'c':
      if (ends('ance')) break;
      if (ends('ence')) break;
      return;
    case 'e':
      if (ends('er')) break;
      return;
    case 'i':
      if (ends('ic')) break;
      return;
    case 'l':
      if (ends('able')) break;
      if (ends('ible')) break;
      return;
    case 'n':
      if (ends('ant')) break;
      if (ends('ement')) break;
      if (ends('ment')) break;
      if (ends('ent')) break;
      return;
    case 'o':
      if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break;
      if (ends('ou')) break;
      return;
    case 's':
      if (ends('ism')) break;
      return;
    case 't':
      if (ends('ate')) break;
      if (ends('iti')) break;
      return;
    case 'u':
      if (ends('ous')) break;
      return;
    case 'v':
      if (ends('ive')) break;
      return;
    case 'z':
      if (ends('ize')) break;
      return;
    default:
      return;
  }
  if (m() > 1) k = j;
}

function step6() {
  j = k;
  if (b[k] === 'e') {
    const a = m();
    if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
  }
  if (b[k] === 'l' && doublec(k) && m() > 1) k--;
}

/** The Porter stem of a lower-case word; words of one or two characters are left alone. */
export function stem(word) {
  b = word.split('');
  k = b.length - 1;
  k0 = 0;
  if (k > k0 + 1) {
    step1();
    step2();
    step3();
    step4();
    step5();
    step6();
  }
  return b.slice(0, k + 1).join('');
}
