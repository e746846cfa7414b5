// One instruction of an amending document (văn bản sửa đổi, bổ sung), read
// from the matching copy (NFC, lower case, one tone placement): the sentence
// that says what to do, e.g.
//   "sửa đổi, bổ sung khoản 2 điều 5 như sau:"
//   "bổ sung điểm d vào khoản 1 điều 7:"      "bổ sung điều 9a sau điều 9"
//   "bãi bỏ điểm c khoản 2 điều 4."           "khoản 3 điều 6 được bãi bỏ."
//   "thay cụm từ "a" bằng cụm từ "b" tại điều 3"   "... trong toàn văn quy chế"
// The new text that follows "như sau:" is regulation text, cut out by
// analyzer/amend and read by the layout grammar; it never reaches this lexer.
lexer grammar InstructionLexer;

// ---------------------------------------------------------------- verbs
AMEND       : 's' [ử] 'a' SP+ [đ] [ổ] 'i' ;                 // sửa đổi
SUPPLEMENT  : 'b' [ổ] SP+ 'sung' ;                          // bổ sung
REPEAL      : 'b' [ã] 'i' SP+ 'b' [ỏ] ;                     // bãi bỏ
DROP        : 'b' [ỏ] ;                                      // bỏ (cụm từ)
REPLACE     : 'thay' (SP+ 'th' [ế])? ;                       // thay, thay thế
PASSIVE     : [đ] 'ư' [ợ] 'c' | 'b' [ị] ;                    // được, bị

// ---------------------------------------------------------------- phrases
PHRASE_WORD : ('c' [ụ] 'm' SP+)? 't' [ừ] (SP+ 'ng' [ữ])? ;  // cụm từ, từ, từ ngữ
BY          : 'b' [ằ] 'ng' | 'th' [à] 'nh' ;                 // bằng, thành
QUOTED      : ["“”] ~["“”\n]* ["“”] ;

// ---------------------------------------------------------------- places
AS_FOLLOWS  : 'nh' [ư] SP+ 'sau' ;                           // như sau
INTO        : 'v' [à] 'o' ;                                  // vào
AFTER       : 'sau' ;
BEFORE      : 'tr' [ư] [ớ] 'c' ;                             // trước
AT          : 't' [ạ] 'i' | [ở] ;                            // tại, ở
IN          : 'trong' ;
WHOLE       : 'to' [à] 'n' SP+ ('v' [ă] 'n' | 'b' [ộ]) ;     // toàn văn, toàn bộ
ALL_OF      : 'c' [á] 'c' ;                                  // các
OF          : 'c' [ủ] 'a' ;                                  // của
TITLE_OF    : 't' [ê] 'n' | 'ti' [ê] 'u' SP+ [đ] [ề] ;       // tên, tiêu đề

// ---------------------------------------------------------------- units
ARTICLE     : [đ] 'i' [ề] 'u' SP+ DIGITS LETTER? ;
CLAUSE      : 'kho' [ả] 'n' SP+ DIGITS LETTER? ;
POINT       : [đ] 'i' [ể] 'm' SP+ (POINT_LETTER LETTER? | DIGITS ('.' DIGITS)*) ;
CHAPTER     : 'ch' [ư] [ơ] 'ng' SP+ (ROMAN | DIGITS) LETTER? ;
SECTION     : 'm' [ụ] 'c' SP+ DIGITS LETTER? ;
DOCUMENT    : 'quy' SP+ 'ch' [ế] (SP+ 'l' [à] 'm' SP+ 'vi' [ệ] 'c')? | 'quy' SP+ [đ] [ị] 'nh'
            | 'quy' [ế] 't' SP+ [đ] [ị] 'nh' | 'ngh' [ị] SP+ 'quy' [ế] 't' | 'h' [ư] [ớ] 'ng' SP+ 'd' [ẫ] 'n'
            | 'k' [ế] 't' SP+ 'lu' [ậ] 'n' | 'ch' [ỉ] SP+ 'th' [ị] ;
THIS        : 'n' [à] 'y' ;                                  // này
DOC_NUMBER  : 's' [ố] SP* ':'? SP* DIGITS SP* '-' SP* CODE ('/' CODE)+ ;

AND         : 'v' [à] ;
COMMA       : ',' ;
COLON       : ':' ;
END         : [.;] ;
NUMBER      : DIGITS LETTER? ;
LETTER_ONE  : POINT_LETTER ;
SPACE       : [ \n]+ -> skip ;
WORD        : ~[ \n.,;:"“”]+ ;

fragment SP           : ' ' ;
fragment DIGITS       : [0-9]+ ;
fragment ROMAN        : [ivxlc]+ ;
fragment POINT_LETTER : [a-eg-ik-vxyđ] ;
fragment CODE         : [a-zđ]+ ;
fragment LETTER       : [a-zđ] ;
