#!/usr/bin/python3
"""Writes a regulation (.qc, UTF-8) as a Word file with python3-docx, for the
tests of the input stage (tests/input/docx_corpus.sh). One paragraph per line.

  make_docx.py typed IN.qc OUT.docx   every number typed, as in the text
  make_docx.py auto  IN.qc OUT.docx   articles, clauses and points numbered by
                                      Word's automatic numbering (numbering.xml:
                                      "Điều %1:", "%2/", "%3)") wherever Word's
                                      counters give the number the text has;
                                      the others (đ), skipped numbers) typed.
"""
import re
import sys

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ARTICLE = re.compile(r"^(Điều )(\d+)([.:]) ?(.*)$")
CLAUSE = re.compile(r"^(\d+)([./]) (.*)$")
POINT = re.compile(r"^([a-zđ])\) (.*)$")


def element(tag, **attributes):
    node = OxmlElement(tag)
    for key, value in attributes.items():
        node.set(qn("w:" + key), value)
    return node


def add_list(document, texts):
    """One abstract numbering with a level per lvlText, and its w:num; the numId."""
    numbering = document.part.numbering_part.element
    abstract = element("w:abstractNum", abstractNumId="90")
    for level, (fmt, text) in enumerate(texts):
        lvl = element("w:lvl", ilvl=str(level))
        lvl.append(element("w:start", val="1"))
        lvl.append(element("w:numFmt", val=fmt))
        lvl.append(element("w:lvlText", val=text))
        lvl.append(element("w:suff", val="space"))
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = element("w:num", numId="90")
    num.append(element("w:abstractNumId", val="90"))
    numbering.append(num)
    return "90"


def number(paragraph, num_id, level):
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = element("w:numPr")
    num_pr.append(element("w:ilvl", val=str(level)))
    num_pr.append(element("w:numId", val=num_id))
    p_pr.append(num_pr)


def main():
    mode, source, target = sys.argv[1:4]
    lines = open(source, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    document = docx.Document()
    # The first paragraph of python-docx's template is kept empty by nothing: start clean.
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    article_mark = next((m.group(3) for m in map(ARTICLE.match, lines) if m), ".")
    clause_mark = next((m.group(2) for m in map(CLAUSE.match, lines) if m), ".")
    num_id = None
    if mode == "auto":
        num_id = add_list(document, [("decimal", "Điều %1" + article_mark), ("decimal", "%2" + clause_mark),
                                     ("lowerLetter", "%3)")])
    counters = [0, 0, 0]
    in_articles = False
    for line in lines:
        paragraph = None
        if num_id:
            article, clause, point = ARTICLE.match(line), CLAUSE.match(line), POINT.match(line)
            in_articles = in_articles or bool(article)
            if article and article.group(3) == article_mark and int(article.group(2)) == counters[0] + 1:
                counters = [counters[0] + 1, 0, 0]
                paragraph = document.add_paragraph(article.group(4))
                number(paragraph, num_id, 0)
            elif in_articles and clause and clause.group(2) == clause_mark and int(clause.group(1)) == counters[1] + 1:
                counters = [counters[0], counters[1] + 1, 0]
                paragraph = document.add_paragraph(clause.group(3))
                number(paragraph, num_id, 1)
            elif in_articles and point and point.group(1) != "đ" and ord(point.group(1)) - ord("a") == counters[2]:
                counters[2] += 1
                paragraph = document.add_paragraph(point.group(2))
                number(paragraph, num_id, 2)
        if paragraph is None:
            document.add_paragraph(line)
    document.save(target)


if __name__ == "__main__":
    main()
