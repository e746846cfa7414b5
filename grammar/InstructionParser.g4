// One instruction of an amending document (see InstructionLexer.g4). The
// typed reading (which units, what to do, where) is made in analyzer/amend.
parser grammar InstructionParser;

options { tokenVocab = InstructionLexer; }

instruction  : (phraseChange | unitChange | passiveChange) trailer EOF ;

// A unit named on its own, as a reviewer's sheet does: "Điều 5 khoản 2",
// "điểm a khoản 2 Điều 5" (read by `rasoat comments`).
address      : targets trailer EOF ;

// "sửa đổi, bổ sung khoản 2 Điều 5", "bổ sung điểm d vào khoản 1 Điều 7",
// "bổ sung Điều 9a sau Điều 9", "bãi bỏ các Điều 12, 13", "sửa đổi tên Điều 5".
unitChange   : verbs titleOf? targets placement? ;
// "khoản 2 Điều 5 được sửa đổi, bổ sung", "Điều 12 bị bãi bỏ".
passiveChange: titleOf? targets PASSIVE verbs placement? ;
verbs        : verb (COMMA? verb)* ;
verb         : AMEND | SUPPLEMENT | REPEAL | DROP ;
titleOf      : TITLE_OF OF? ;

// "thay cụm từ "A" bằng cụm từ "B" tại Điều 3", "bỏ cụm từ "A" trong toàn văn Quy chế",
// "bổ sung cụm từ "C" vào sau cụm từ "A" tại Điều 3".
phraseChange : REPLACE PHRASE_WORD? QUOTED BY PHRASE_WORD? QUOTED scope?
             | (DROP | REPEAL) PHRASE_WORD QUOTED scope?
             | SUPPLEMENT PHRASE_WORD QUOTED INTO? (AFTER | BEFORE) PHRASE_WORD? QUOTED scope? ;
scope        : (AT | IN) (WHOLE? document | targets) ;

placement    : INTO? (AFTER | BEFORE) targets      # placedNextTo
             | (INTO | AT | IN) targets            # placedInside
             ;

targets      : ALL_OF? target ((COMMA | AND) ALL_OF? target)* document? ;
target       : level+ ;
level        : (POINT | CLAUSE | ARTICLE | CHAPTER | SECTION) more* ;
more         : (COMMA | AND) (NUMBER | LETTER_ONE) ;

// "Quy chế này", "của Quy chế làm việc số 01-QC/ĐU": the amended document.
document     : OF? DOCUMENT (THIS | DOC_NUMBER | WORD | NUMBER | LETTER_ONE)* ;

// What may close it: a few words on the subject ("về công tác cán bộ"),
// "như sau:", ":", the full stop.
trailer      : note? AS_FOLLOWS? COLON? END? ;
note         : WORD (WORD | NUMBER | LETTER_ONE | OF | AND | COMMA | ALL_OF | AT | IN | DOCUMENT | THIS | DOC_NUMBER)* ;
