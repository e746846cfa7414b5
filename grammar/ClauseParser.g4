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
            | managedBy      // before negation: "không thuộc diện" negates the list
            | negation
            | deontic
            | verbs
            | matter
            | share
            | frequency
            | deadline
            | occasion
            | condition
            | exceptionMark
            | category
            | vague
            | punctuation
            | other ;

// "Ban Thường vụ và Thường trực", "Bí thư, Phó Bí thư"
actors      : ACTOR ((COMMA | AND) ACTOR)* ;
deontic     : DEONTIC_MUST | DEONTIC_MAY | DEONTIC_MUST_NOT ;
// "không", "chưa", "không có quyền", "chưa được": before a power verb, the
// power is forbidden; "không thuộc diện" negates the management list instead.
negation    : (NOT | NOT_YET) DEONTIC_MAY? ;
// "Lãnh đạo, chỉ đạo, kiểm tra" — several verbs on one object
verbs       : VERB ((COMMA | AND | OR) VERB)* ;
matter      : MATTER ;
// "cán bộ thuộc diện Ban Thường vụ quản lý"
managedBy   : NOT? MANAGED_BY ACTOR VERB? ;

// ---------------------------------------------------------------- conditions
condition   : ATTRIBUTE? bound ;
// Every way of writing a bound (model-and-checks.md §6). In a range the unit
// may be written once, at the end ("từ 20 đến 50 tỷ đồng"), or on both numbers.
bound       : FROM quantity (TO | TO_BELOW) quantity      # rangeBound
            | GT quantity (TO | TO_BELOW) quantity        # aboveRangeBound
            | quantity DASH amount unit                    # dashRangeBound
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
numberWords : (YEARS? numberWord)+ ;
numberWord  : ONE | TWO | THREE | FOUR | FIVE | SIX | SEVEN | EIGHT | NINE | TEN | TENS | HUNDRED ;
unit        : money | area | WORKDAYS | DAYS | WEEKS | MONTHS | QUARTERS | YEARS | PERSONS | members ;
// "tỷ đồng", "tỉ", "triệu đồng", "nghìn tỷ đồng", "đồng".
money       : scale+ DONG? | DONG ;
scale       : THOUSAND | MILLION | BILLION ;
area        : HECTARES | SQ_METRES ;
// "tổng số ủy viên Ban Chấp hành đương nhiệm", "tổng số đảng ủy viên đương nhiệm".
members     : MEMBERS INCUMBENT? (OF? ACTOR)? INCUMBENT? ;

// ---------------------------------------------------------------- time
// "3 tháng một lần", "mỗi tháng một lần", "hằng quý", "định kỳ 6 tháng",
// "mỗi năm ít nhất 2 lần", "họp thường lệ ..."
// "ít nhất 3 tháng một lần", "6 tháng/lần", "2 lần/năm", "định kỳ 6 tháng/lần"
frequency   : (GE | LE)? quantity amount TIMES             # everyPeriod
            | (GE | LE)? quantity SLASH TIMES              # everyPeriodSlash
            | (GE | LE)? amount TIMES SLASH period          # timesSlashPeriod
            | EVERY period (GE | LE)? amount? TIMES        # timesPerPeriod
            | EVERY period                                 # eachPeriod
            | PERIODIC quantity (SLASH TIMES)?             # everyPeriod2
            | WHEN_NEEDED                                  # whenNeeded
            ;
period      : amount? (DAYS | WEEKS | MONTHS | QUARTERS | YEARS | WORKDAYS) ;
// "trong thời hạn 10 ngày làm việc", "chậm nhất 5 ngày", "trước 7 ngày"
deadline    : (WITHIN | LATEST WITHIN?) quantity
            | BEFORE quantity ;
// A duty timed by an event, not a date: "tại kỳ họp gần nhất", "tại phiên họp
// thường kỳ gần nhất", "tại kỳ sinh hoạt chi bộ gần nhất" (the next meeting,
// of the body named when one is), "tại hội nghị cuối năm" (a meeting). The
// meeting phrase is the lexicon's (words.yaml `occasions`).
occasion    : OCCASION REGULAR? ((OF? ACTOR)? NEAREST)? ;

// ---------------------------------------------------------------- votes
// "ít nhất 2/3 số ủy viên", "quá nửa tổng số ủy viên", "đa số"
share       : (GE | GT | LE | LT)? amount (LPAREN amount RPAREN)? members   // "hai phần ba (2/3) số ủy viên"
            | FROM amount UPWARD members                   // "từ 60% trở lên tổng số ủy viên"
            | FROM amount members UPWARD                   // "từ 2/3 tổng số ủy viên đương nhiệm trở lên"
            | HALF_OVER members?
            | MAJORITY (members | ACTOR) ;                  // "đa số ủy viên"; "theo đa số" alone is the principle, no rule

exceptionMark : EXCEPT ;   // "exception" would clash with ANTLR's own member
category    : CATEGORY ;
vague       : VAGUE_ACTOR | VAGUE_TIME ;
punctuation : COMMA | SEMI | COLON | DOT | LPAREN | RPAREN | DASH | QUOTE | SLASH ;
other       : WORD | OTHER | FOR | WITH | REGARDING | BY | ABOUT | OF | AND | OR | WHERE | MEET | ATTEND | VALID | AGREE | VOTE | SECRET
            | EVERY | TIMES | PERIODIC | REGULAR | NEAREST | WITHIN | LATEST | BEFORE | AFTER | SINCE
            | GT | GE | LT | LE | FROM | TO | TO_BELOW | UPWARD | DOWNWARD | EQ | HALF_OVER | MAJORITY
            | NUMBER | FRACTION | PERCENT | HALF | PART
            | ONE | TWO | THREE | FOUR | FIVE | SIX | SEVEN | EIGHT | NINE | TEN | TENS | HUNDRED
            | THOUSAND | MILLION | BILLION | DONG | HECTARES | SQ_METRES | INCUMBENT
            | WORKDAYS | DAYS | WEEKS | MONTHS | QUARTERS | YEARS | PERSONS | MEMBERS
            | ATTRIBUTE | MANAGED_BY | VERB ;
