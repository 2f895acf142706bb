// SPDX-License-Identifier: MIT
#include "Diagnostic.h"

namespace facet::schema {

void Diagnostics::push(Diagnostic diagnostic)
{
    if (diagnostic.severity == Severity::Warning)
        m_warnings.push_back(std::move(diagnostic));
    else
        m_errors.push_back(std::move(diagnostic));
}

void Diagnostics::pushError(Diagnostic diagnostic)
{
    diagnostic.severity = Severity::Error;
    m_errors.push_back(std::move(diagnostic));
}

void Diagnostics::pushWarning(Diagnostic diagnostic)
{
    diagnostic.severity = Severity::Warning;
    m_warnings.push_back(std::move(diagnostic));
}

void Diagnostics::appendAll(const Diagnostics &other)
{
    m_errors.insert(m_errors.end(), other.m_errors.begin(), other.m_errors.end());
    m_warnings.insert(m_warnings.end(), other.m_warnings.begin(), other.m_warnings.end());
}

} // namespace facet::schema
