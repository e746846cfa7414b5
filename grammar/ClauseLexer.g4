// The words of one clause (khoản) or point (điểm), read from the matching copy
// (NFC, lower case, one tone placement). This lexer knows the fixed function
// words of the register: comparisons, units, numbers in words, time, meetings,
// votes and exceptions. The domain vocabulary (actors, power verbs, matters,
// deontic markers, ...) is data in rules/lexicon/*.yaml: after lexing, the
// lexicon tagger (analyzer/model) merges runs of tokens that spell a lexicon
// phrase into one token of the types declared below.
lexer grammar ClauseLexer;

tokens { ACTOR, VERB, DEONTIC_MUST, DEONTIC_MAY, DEONTIC_MUST_NOT, MATTER, ATTRIBUTE, VAGUE_ACTOR, VAGUE_TIME, CATEGORY, MANAGED_BY, OCCASION }

// ------------------------------------------------------------ comparisons
HALF_OVER : ('quá' | 'hơn') SP+ ('một' SP+)? 'nửa' ;
GT        : 'trên' | 'hơn' | 'quá' | 'lớn' SP+ 'hơn' | 'cao' SP+ 'hơn' | 'vượt' SP+ 'quá' ;
GE        : 'không' SP+ 'dưới' | 'ít' SP+ 'nhất' | 'tối' SP+ 'thiểu' | 'không' SP+ 'ít' SP+ 'hơn' ;
LT        : 'dưới' | 'chưa' SP+ ('đến' | 'tới' | 'đủ') | 'nhỏ' SP+ 'hơn' | 'thấp' SP+ 'hơn' | 'ít' SP+ 'hơn' ;
LE        : 'không' SP+ ('được' SP+)? ('quá' | 'vượt' SP+ 'quá' | 'lớn' SP+ 'hơn') | 'tối' SP+ 'đa' ;
FROM      : 'từ' ;
TO_BELOW  : ('đến' | 'tới') SP+ 'dưới' ;
TO        : 'đến' | 'tới' ;
UPWARD    : 'trở' SP+ 'lên' ;
DOWNWARD  : 'trở' SP+ 'xuống' ;
EQ        : 'bằng' ;
MAJORITY  : 'đa' SP+ 'số' ;

// ------------------------------------------------------------ numbers
NUMBER    : DIGIT+ ([.,] DIGIT+)* ;
FRACTION  : DIGIT+ SP* '/' SP* DIGIT+ ;
PERCENT   : '%' | 'phần' SP+ 'trăm' ;
HALF      : 'nửa' | 'một' SP+ 'nửa' ;
PART      : 'phần' ;
// Number words, typed by value; "năm" (five) is the YEARS token, five only
// before another number word ("năm trăm").
ONE       : 'một' | 'mốt' ;
TWO       : 'hai' ;
THREE     : 'ba' ;
FOUR      : 'bốn' | 'tư' ;
FIVE      : 'lăm' ;
SIX       : 'sáu' ;
SEVEN     : 'bảy' ;
EIGHT     : 'tám' ;
NINE      : 'chín' ;
TEN       : 'mười' ;
TENS      : 'mươi' ;
HUNDRED   : 'trăm' ;

// ------------------------------------------------------------ units
// Money: the scale word gives the power of ten (nghìn/ngàn 10^3, triệu 10^6,
// tỷ/tỉ 10^9); "đồng" alone is the unit.
THOUSAND  : 'nghìn' | 'ngàn' ;
MILLION   : 'triệu' ;
BILLION   : 'tỷ' | 'tỉ' ;
DONG      : 'đồng' ;
// Area, of land: hectares and square metres.
HECTARES  : 'ha' | 'héc' SP* '-'? SP* 'ta' | 'hecta' ;
SQ_METRES : 'm²' | 'm2' | 'mét' SP+ 'vuông' ;
WORKDAYS  : 'ngày' SP+ 'làm' SP+ 'việc' ;
DAYS      : 'ngày' ;
WEEKS     : 'tuần' ;
MONTHS    : 'tháng' ;
QUARTERS  : 'quý' ;
YEARS     : 'năm' ;
PERSONS   : 'người' ;
// "tổng số ủy viên", "số đảng ủy viên", "số thành viên"; the body whose
// members are counted and "đương nhiệm" follow as their own tokens.
MEMBERS   : ('tổng' SP+)? 'số' SP+ (('đảng' SP+ | 'cấp' SP+)? 'ủy' SP+ 'viên' | 'thành' SP+ 'viên' | 'đảng' SP+ 'viên'
            | 'đại' SP+ 'biểu') ;
INCUMBENT : 'đương' SP+ 'nhiệm' ;

// ------------------------------------------------------------ time
EVERY     : 'mỗi' | 'hằng' | 'hàng' ;
TIMES     : 'lần' ;
PERIODIC  : 'định' SP+ 'kỳ' ;
REGULAR   : 'thường' SP+ ('lệ' | 'kỳ') ;
// "tại kỳ họp gần nhất": the next meeting after the event.
NEAREST   : 'gần' SP+ 'nhất' ;
WITHIN    : 'trong' SP+ ('thời' SP+ 'hạn' | 'thời' SP+ 'gian' | 'vòng') ;
LATEST    : 'chậm' SP+ 'nhất' ;
BEFORE    : 'trước' ;
AFTER     : 'sau' ;
SINCE     : 'kể' SP+ 'từ' ;
WHEN_NEEDED : 'khi' SP+ 'cần' (SP+ 'thiết')? | 'đột' SP+ 'xuất' | 'bất' SP+ 'thường' ;

// ------------------------------------------------------------ meetings and votes
MEET      : 'họp' ;
ATTEND    : 'tham' SP+ 'dự' | 'có' SP+ 'mặt' | 'dự' SP+ 'họp' ;
VALID     : 'hợp' SP+ 'lệ' ;
AGREE     : 'đồng' SP+ 'ý' | 'tán' SP+ 'thành' | 'nhất' SP+ 'trí' ;
VOTE      : 'biểu' SP+ 'quyết' | 'bỏ' SP+ 'phiếu' ;
SECRET    : 'phiếu' SP+ 'kín' ;

// ------------------------------------------------------------ negation
// "không ủy quyền", "chưa được quyết định"; the longer comparisons that start
// with these words ("không quá", "chưa đến") are tokens of their own above.
NOT       : 'không' ;
NOT_YET   : 'chưa' ;

// ------------------------------------------------------------ links
EXCEPT    : ('ngoại' SP+)? 'trừ' (SP+ 'trường' SP+ 'hợp')? ;
FOR       : 'cho' ;
WITH      : 'với' ;
// "khen thưởng đối với cá nhân …", "chủ trương đối với các dự án": what a power is over.
REGARDING : 'đối' SP+ 'với' ;
BY        : 'do' | 'bởi' ;
ABOUT     : 'về' ;
OF        : 'của' ;
AND       : 'v' [à] ;
OR        : 'hoặc' ;
WHERE     : 'khi' | 'nếu' | 'trường' SP+ 'hợp' ;

// ------------------------------------------------------------ the rest
COMMA     : ',' ;
SEMI      : ';' ;
COLON     : ':' ;
DOT       : '.' | '…' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
DASH      : '-' | '–' | '—' ;
SLASH     : '/' ;
QUOTE     : '"' | '“' | '”' | '\'' | '‘' | '’' ;
SPACE     : [ \n]+ -> skip ;
WORD      : ~[ \n,;:.…()"“”'‘’%/\-–—]+ ;
OTHER     : . ;

fragment SP    : ' ' ;
fragment DIGIT : [0-9] ;
