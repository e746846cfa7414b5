// The layout of a regulation: front matter (header, title, legal bases,
// enacting line), chapters, sections, articles, clauses, points, dash items,
// and the closing block. Every line begins with exactly one line-start token
// (see LayoutLexer.g4); the rules below group lines into units. Which of the
// front-matter lines is header, title or enacting line is decided by their
// order, in analyzer/syntax.
parser grammar LayoutParser;

options { tokenVocab = LayoutLexer; }

document     : frontMatter body closing? EOF ;

frontMatter  : frontLine* ;
frontLine    : blankLine | plainLine | titleLine | annexLine | basisLine | dashLine ;
titleLine    : TITLE_START inlineItem* ;
annexLine    : ANNEX_START inlineItem* ;
basisLine    : BASIS_START inlineItem* ;

body         : (chapter | section | article | strayUnit)* ;   // "Mục 1" without chapters too
chapter      : chapterHeading headingLine* (section | article | strayUnit)* ;
chapterHeading : (CHAPTER_START | PART_START | ROMAN_START) inlineItem* ;
section      : SECTION_START inlineItem* headingLine* (article | strayUnit)* ;
headingLine  : blankLine | textLine | dashLine ;

article      : ARTICLE_START inlineItem* articleItem* ;
articleItem  : blankLine | textLine | dashLine | clause | subclause | point ;
clause       : CLAUSE_START inlineItem* clauseItem* ;
clauseItem   : blankLine | textLine | dashLine | subclause | point ;
subclause    : SUBCLAUSE_START inlineItem* subclauseItem* ;
subclauseItem: blankLine | textLine | dashLine | point ;
point        : POINT_START inlineItem* pointItem* ;
pointItem    : blankLine | textLine | dashLine ;
dashLine     : DASH_START inlineItem* ;

// A numbered clause or point before the first article: kept, and reported.
strayUnit    : clause | subclause | point ;

closing      : closingStart closingItem* ;
closingStart : (SIGN_START | RECIPIENTS_START) inlineItem* ;
closingItem  : blankLine | textLine | dashLine | closingStart ;

blankLine    : NL ;
plainLine    : NL inlineItem+ | LINE_WORDS inlineItem* ;
textLine     : plainLine | (TITLE_START | BASIS_START | ANNEX_START) inlineItem* ;

inlineItem   : crossReference
             | WORD | NUMBER | LETTER_ONE | PUNCT | COMMA | AND | GAP | MOTTO | DATE | DATE_NUM | TERM
             | DOC_KIND | THIS_UNIT | CHARTER ;

// "khoản 2 Điều 5", "điểm a khoản 1 Điều 3", "các Điều 5, 6 và 7",
// "Điều 23 Quy định số 24-QĐ/TW", "khoản 3 Điều 24 Điều lệ Đảng", "Quy chế số 05-QC/QU".
crossReference : refUnit (COMMA? refUnit)* (COMMA? refScope)?
               | documentRef ;
refUnit      : (REF_POINT | REF_CLAUSE | REF_ARTICLE | REF_CHAPTER | REF_SECTION) refMore* ;
refMore      : (COMMA | AND) (NUMBER | LETTER_ONE) ;
// "Điều 4 Quy chế mẫu của cấp trên": a document named by its kind only is
// another document than this one ("Quy chế này" is THIS_UNIT).
refScope     : THIS_UNIT | CHARTER | documentRef | DOC_KIND ;
documentRef  : DOC_KIND? (DOC_NUMBER | DOC_CODE) ;
