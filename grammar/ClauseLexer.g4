// The words of one clause (khoản) or point (điểm), read from the matching copy
// (NFC, lower case, one tone placement). This lexer knows the fixed function
// words of the register: comparisons, units, numbers in words, time, meetings,
// votes and exceptions. The domain vocabulary (actors, power verbs, matters,
// deontic markers, ...) is data in rules/lexicon/*.yaml: after lexing, the
// lexicon tagger (analyzer/model) merges runs of tokens that spell a lexicon
// phrase into one token of the types declared below.
lexer grammar ClauseLexer;

tokens { ACTOR, VERB, DEONTIC_MUST, DEONTIC_MAY, DEONTIC_MUST_NOT, MATTER, ATTRIBUTE, VAGUE_ACTOR, VAGUE_TIME, CATEGORY, MANAGED_BY }

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
NUM_WORD  : 'một' | 'hai' | 'ba' | 'bốn' | 'tư' | 'sáu' | 'bảy' | 'tám' | 'chín' | 'mười' | 'mươi'
          | 'lăm' | 'mốt' | 'trăm' ;

// ------------------------------------------------------------ units
MONEY     : ('nghìn' | 'ngàn' | 'triệu' | 'tỷ' | 'tỉ') (SP+ 'đồng')? | 'đồng' ;
WORKDAYS  : 'ngày' SP+ 'làm' SP+ 'việc' ;
DAYS      : 'ngày' ;
WEEKS     : 'tuần' ;
MONTHS    : 'tháng' ;
QUARTERS  : 'quý' ;
YEARS     : 'năm' ;
PERSONS   : 'người' ;
MEMBERS   : ('tổng' SP+)? 'số' SP+ ('ủy' SP+ 'viên' | 'thành' SP+ 'viên' | 'đảng' SP+ 'viên' | 'cấp' SP+ 'ủy' SP+ 'viên')
            (SP+ ('ban' SP+ 'chấp' SP+ 'hành' | 'ban' SP+ 'thường' SP+ 'vụ'))? ;

// ------------------------------------------------------------ time
EVERY     : 'mỗi' | 'hằng' | 'hàng' ;
TIMES     : 'lần' ;
PERIODIC  : 'định' SP+ 'kỳ' ;
REGULAR   : 'thường' SP+ 'lệ' ;
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

// ------------------------------------------------------------ links
EXCEPT    : ('ngoại' SP+)? 'trừ' (SP+ 'trường' SP+ 'hợp')? ;
FOR       : 'cho' ;
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
QUOTE     : '"' | '“' | '”' | '\'' | '‘' | '’' ;
SPACE     : [ \n]+ -> skip ;
WORD      : ~[ \n,;:.…()"“”'‘’%/\-–—]+ ;
OTHER     : . ;

fragment SP    : ' ' ;
fragment DIGIT : [0-9] ;
