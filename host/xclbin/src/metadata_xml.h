// SPDX-License-Identifier: Apache-2.0
// EMBEDDED_METADATA: the kernel XML that XRT reads for kernel arguments (project/platform/
// device/core/kernel, the layout v++ writes), generated from the kit's kernel tables and parsed
// back by the validator.
#pragma once

#include <string>
#include <vector>

#include "bbkit/xclbin/xclbin.h"

namespace bbkit::xclbin {

/// The XML for `cus` (sorted by base address), one <kernel> per distinct kernel.
std::string metadata_xml(const XclbinSpec& spec, const std::vector<const ComputeUnit*>& cus);

/// Parses the kernels out of EMBEDDED_METADATA; XclbinError (section EMBEDDED_METADATA) when
/// the XML is malformed or misses a required attribute.
std::vector<XmlKernel> parse_metadata_xml(const std::string& xml, const std::string& file);

}  // namespace bbkit::xclbin
