// The parts of one clause or point, over the tokens of ClauseLexer after the
// lexicon tagger has merged actor, verb, matter and other lexicon phrases.
//
// A clause is read as a sequence of recognised phrases — subjects, deontic
// markers, verb chains, matters, conditions, exceptions, deadlines,
// frequencies, quorums and votes, recipients — in a sea of other words. The
// model builder (analyzer/model) gives the sequence its meaning: the actors
// before the first verb are the subject, the matters after a verb its object,
// a condition bounds the matter or attribute it follows, and so on.
parser grammar ClauseParser;

options { tokenVocab = ClauseLexer; }

clause      : element* EOF ;

element     : actors
            | deontic
            | verbs
            | matter
            | managedBy
            | share
            | frequency
            | deadline
            | condition
            | exceptionMark
            | category
            | vague
            | punctuation
            | other ;

// "Ban Thường vụ và Thường trực", "Bí thư, Phó Bí thư"
actors      : ACTOR ((COMMA | AND) ACTOR)* ;
deontic     : DEONTIC_MUST | DEONTIC_MAY | DEONTIC_MUST_NOT ;
// "Lãnh đạo, chỉ đạo, kiểm tra" — several verbs on one object
verbs       : VERB ((COMMA | AND | OR) VERB)* ;
matter      : MATTER ;
// "cán bộ thuộc diện Ban Thường vụ quản lý"
managedBy   : MANAGED_BY ACTOR VERB? ;

// ---------------------------------------------------------------- conditions
condition   : ATTRIBUTE? bound ;
bound       : FROM quantity (TO | TO_BELOW) quantity      # rangeBound
            | FROM quantity UPWARD                         # atLeastBound
            | FROM quantity DOWNWARD                       # atMostBound
            | quantity UPWARD                              # atLeastBound
            | quantity DOWNWARD                            # atMostBound
            | GT quantity                                  # greaterBound
            | GE quantity                                  # atLeastBound
            | LT quantity                                  # lessBound
            | LE quantity                                  # atMostBound
            | TO quantity                                  # atMostBound
            | EQ quantity                                  # equalBound
            ;
quantity    : amount unit? ;
amount      : NUMBER
            | FRACTION
            | NUMBER PERCENT
            | numberWords PART numberWords                 // hai phần ba
            | HALF
            | numberWords ;
// "năm" is five only before another number word ("năm trăm"); otherwise years.
numberWords : (YEARS? NUM_WORD)+ ;
unit        : MONEY | WORKDAYS | DAYS | WEEKS | MONTHS | QUARTERS | YEARS | PERSONS | MEMBERS ;

// ---------------------------------------------------------------- time
// "3 tháng một lần", "mỗi tháng một lần", "hằng quý", "định kỳ 6 tháng",
// "mỗi năm ít nhất 2 lần", "họp thường lệ ..."
frequency   : quantity amount TIMES                        # everyPeriod
            | EVERY period (GE | LE)? amount? TIMES        # timesPerPeriod
            | EVERY period                                 # eachPeriod
            | PERIODIC quantity                            # everyPeriod2
            | WHEN_NEEDED                                  # whenNeeded
            ;
period      : amount? (DAYS | WEEKS | MONTHS | QUARTERS | YEARS | WORKDAYS) ;
// "trong thời hạn 10 ngày làm việc", "chậm nhất 5 ngày", "trước 7 ngày"
deadline    : (WITHIN | LATEST WITHIN?) quantity
            | BEFORE quantity ;

// ---------------------------------------------------------------- votes
// "ít nhất 2/3 số ủy viên", "quá nửa tổng số ủy viên", "đa số"
share       : (GE | GT | LE | LT)? amount (LPAREN amount RPAREN)? MEMBERS   // "hai phần ba (2/3) số ủy viên"
            | FROM amount UPWARD MEMBERS                   // "từ 60% trở lên tổng số ủy viên"
            | HALF_OVER MEMBERS?
            | MAJORITY ;

exceptionMark : EXCEPT ;   // "exception" would clash with ANTLR's own member
category    : CATEGORY ;
vague       : VAGUE_ACTOR | VAGUE_TIME ;
punctuation : COMMA | SEMI | COLON | DOT | LPAREN | RPAREN | DASH | QUOTE ;
other       : WORD | OTHER | FOR | ABOUT | OF | AND | OR | WHERE | MEET | ATTEND | VALID | AGREE | VOTE | SECRET
            | EVERY | TIMES | PERIODIC | REGULAR | WITHIN | LATEST | BEFORE | AFTER | SINCE
            | GT | GE | LT | LE | FROM | TO | TO_BELOW | UPWARD | DOWNWARD | EQ | HALF_OVER | MAJORITY
            | NUMBER | FRACTION | PERCENT | HALF | PART | NUM_WORD
            | MONEY | WORKDAYS | DAYS | WEEKS | MONTHS | QUARTERS | YEARS | PERSONS | MEMBERS
            | ATTRIBUTE | MANAGED_BY | VERB ;
