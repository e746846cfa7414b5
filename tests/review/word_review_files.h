#pragma once

#include <map>
#include <string>
#include <vector>

// Reviewed Word copies written by the tests, part by part: comments
// (word/comments.xml, commentsExtended.xml) and tracked changes (w:ins,
// w:del) in the XML Word writes.
namespace rasoat::testing {

struct TestComment {
  std::string id;
  std::string author;
  std::string text;
  std::string parentId = {};  // the comment it answers (commentsExtended.xml); empty for none
  std::string initials = {};
};

// Runs of text: "plain", or marked: "+ins+" inserted and "-del-" deleted by
// `author`; e.g. "dưới -2-+1+0 tỷ" (a digit changed inside a number).
std::string trackedRuns(const std::string& marked, const std::string& author);

// A paragraph of runs (already XML).
std::string paragraphOf(const std::string& runs, const std::string& properties = {});

// Comment range marks around runs (start, end and the reference run).
std::string rangeStart(const std::string& id);
std::string rangeEnd(const std::string& id);

// A .docx with this body and these comments; `threads` writes
// commentsExtended.xml (the replies' parents by w14:paraId), else the
// replies carry no link (older Word).
std::string reviewedDocx(const std::string& body, const std::vector<TestComment>& comments, bool threads = true);

}  // namespace rasoat::testing
