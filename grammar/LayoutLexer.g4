// The layout of a Vietnamese working regulation (quy chế làm việc).
//
// This lexer reads the *matching copy* of the text made by analyzer/text: NFC,
// lower case, one tone-mark placement, spaces for tabs and non-breaking spaces,
// LF line ends, and one virtual newline in front of the first line. Every
// token that starts a line therefore begins with the newline that ends the
// line before it: "\n   Điều 4." is one ARTICLE_START token. That keeps the
// grammar free of target-language predicates, and a number in mid-sentence
// ("khoản 1 Điều 5") can never be taken for a new clause.
//
// Where a keyword could also begin an ordinary word ("Chương trình",
// "Mục lục", "Phần lớn", "điểm cầu"), a longer rule for the word wins by the
// longest-match rule and turns it back into text.
lexer grammar LayoutLexer;

// ---------------------------------------------------------------- line starts

PART_START      : NL_SP 'phần' SP+ ('thứ' SP+ LETTER+ | DIGITS | ROMAN) SP* [.:]? ;
CHAPTER_START   : NL_SP 'chương' SP+ (ROMAN | DIGITS | 'thứ' SP+ LETTER+) SP* [.:]? ;  // "Chương thứ nhất"
SECTION_START   : NL_SP 'mục' SP+ (ROMAN | DIGITS) SP* [.:]? ;
LINE_WORDS      : NL_SP ('phần' | 'chương' | 'mục') SP+ LETTER+ ;
ROMAN_START     : NL_SP ROMAN SP* '.' SP ;
// "Điều 4.", "Điều 4:", "Điều 4 - Title", "Điều thứ 4."
// "Điều 5" alone on its line, its title on the next: the token ends with that
// newline, so the title line's words are the heading's words. "Điều 3
// (Trách nhiệm …)": the title in brackets.
ARTICLE_START   : NL_SP 'điều' SP+ ('thứ' SP+)? DIGITS LETTER? SP* ([.:] | [\-–] SP | '\n' SP* | '(') ;
// "1.", "1)", "1/" and "1-" (a space after: "2-3 ngày" at a line start is text).
// "Khoản 1:" takes a colon after the keyword only ("1: …" alone is text);
// "(1)" in brackets.
CLAUSE_START    : NL_SP ('khoản' SP+ DIGITS SP* ('.-' | [./)\-:]) | DIGITS SP* ('.-' | [./)\-]) | '(' SP* DIGITS SP* ')') SP+ ;  // "Khoản 1.", "1.-" 
SUBCLAUSE_START : NL_SP DIGITS ('.' DIGIT DIGIT?)+ ([.\-)] SP* | SP+) ;
// "a)", and the looser "a-", "a." (followed by a space). "c. ", "i. ", "l. ",
// "v. ", "x. " are Roman chapters here (ROMAN_START comes first); after the
// point before them in letter order, analyzer/syntax makes them points.
// "- a)", "(a)": a dash or brackets around the letter.
POINT_START     : NL_SP ('điểm' SP+ POINT_LETTER SP* (')' | [./\-:] SP) | POINT_LETTER SP* (')' | [./\-] SP) | [\-+] SP* POINT_LETTER ')' | '(' POINT_LETTER ')') ;  // "Điểm a." and "Điểm a:" too, "a/ "
DASH_START      : NL_SP [\-+•–—] ;
BASIS_START     : NL_SP ([\-+•–] SP*)? 'căn' SP+ 'cứ' ;
TITLE_START     : NL_SP DOC_KIND_WORDS ;
ANNEX_START     : NL_SP '(' SP* 'ban' SP+ 'hành' SP+ 'kèm' SP+ 'theo' ;
SIGN_START      : NL_SP ('t/m' | 'k/t' | 'tm.' | 'kt.' | 't/l' | 'tl.' | 'q.' ) ;
RECIPIENTS_START: NL_SP 'nơi' SP+ 'nhận' SP* ':'? ;
NL              : NL_SP ;

// ---------------------------------------------------------------- inside a line

MOTTO       : 'đảng' SP+ 'cộng' SP+ 'sản' SP+ 'việt' SP+ 'nam' ;
CHARTER     : 'điều' SP+ 'lệ' SP+ 'đảng' (SP+ 'cộng' SP+ 'sản' SP+ 'việt' SP+ 'nam')? ;
THIS_UNIT   : ('điều' | 'khoản' | 'điểm' | 'chương' | 'mục' | 'quy' SP+ 'chế' | 'quy' SP+ 'định') SP+ 'này' ;
DOC_NUMBER  : 'số' SP* ':'? SP* DOC_CODE ;
DOC_CODE    : [0-9.…]+ SP* '-' SP* CODE_PART ('/' CODE_PART)+
            | DIGITS '/' DIGITS '/' CODE_PART ('-' CODE_PART)*
            ;
DATE        : 'ngày' SP+ DIGITS SP+ 'tháng' SP+ DIGITS SP+ 'năm' SP+ DIGITS ;
DATE_NUM    : DIGITS '/' DIGITS '/' DIGITS ;
TERM        : 'nhiệm' SP+ 'kỳ' SP+ DIGITS SP* [\-–] SP* DIGITS ;
DOC_KIND    : DOC_KIND_WORDS ;

REF_POINT   : 'điểm' SP+ (POINT_LETTER | DIGITS ('.' DIGITS)*) ;
REF_CLAUSE  : 'khoản' SP+ DIGITS ;
REF_ARTICLE : 'điều' SP+ DIGITS LETTER? ;
REF_CHAPTER : 'chương' SP+ (ROMAN | DIGITS) ;
REF_SECTION : 'mục' SP+ DIGITS ;
NOT_A_REF   : ('điểm' | 'chương') SP+ LETTER LETTER+ -> type(WORD) ;

AND         : 'v' [à] ;   // not a plain literal: antlr 4.7.2 mis-escapes non-ASCII literal names in C++
COMMA       : ',' ;
NUMBER      : DIGITS ([.,] DIGITS)* ;
LETTER_ONE  : POINT_LETTER ;        // "a", "b", "đ": a point letter in a list ("các điểm a, b và c")
GAP         : SP SP SP+ ;           // a column gap in the header, or indentation
SPACE       : SP+ -> skip ;
PUNCT       : [.;:!?()"'/*…“”‘’[\]{}<>=%&|+\-–—•] ;
WORD        : ~[ \n.,;:!?()"'/*…“”‘’[\]{}<>=%&|+\-–—•]+ ;

// ---------------------------------------------------------------- fragments

fragment NL_SP          : '\n' SP* ;
fragment SP             : ' ' ;
fragment DIGIT          : [0-9] ;
fragment DIGITS         : DIGIT+ ;
fragment ROMAN          : [ivxlc]+ ;
// Vietnamese letter order of points: a b c d đ e g h i k l m n o p q r s t u v x y.
fragment POINT_LETTER   : [a-eg-ik-vxyđ] ;
fragment CODE_PART      : [a-zđ]+ ;
fragment DOC_KIND_WORDS : 'quy' SP+ 'chế' | 'quy' SP+ 'định' | 'quyết' SP+ 'định'
                        | 'hướng' SP+ 'dẫn' | 'nghị' SP+ 'quyết' | 'chỉ' SP+ 'thị'
                        | 'kết' SP+ 'luận' | 'thông' SP+ 'báo' | 'kế' SP+ 'hoạch'
                        | 'công' SP+ 'văn' ;
fragment LETTER         : [a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ] ;
