#include "input/office_reader.h"

#include "input/doc_converter.h"
#include "input/docx_reader.h"
#include "input/failure.h"
#include "input/format.h"
#include "input/odt_reader.h"
#include "input/pdf_reader.h"

namespace rasoat::input {

std::optional<Rendering> readOffice(const std::string& path, std::string_view bytes, const Limits& limits,
                                    const ReadOptions& options) {
  switch (detectFormat(bytes)) {
    case Format::text: return std::nullopt;
    case Format::docx: return readDocx(path, bytes, limits, options);
    case Format::odt: return readOdt(path, bytes, limits, options);
    case Format::pdf: return readPdf(path, bytes, limits);
    case Format::doc: {
      const std::string converted = convertDocToDocx(path, bytes);
      Rendering rendering = readDocx(path, converted, limits, options);
      rendering.format = Format::doc;
      rendering.addNote("tệp Word cũ (.doc), đã chuyển sang .docx bằng LibreOffice để đọc",
                        "an old binary Word file (.doc), converted to .docx by LibreOffice to be read");
      return rendering;
    }
    case Format::zip: break;
  }
  fail(path, "tệp nén (zip) không phải văn bản Word (.docx) hay OpenDocument (.odt)",
       "a zip archive that is neither a Word document (.docx) nor an OpenDocument text (.odt)");
}

}  // namespace rasoat::input
