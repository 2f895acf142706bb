// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace facet::schema {

// std::optional's interface for a large value that most owners do not have, kept out of line: one pointer
// in the owner instead of the whole value. ResolvedField uses it for the relation part and the default, so
// the field vector of a large schema stays dense (the resolved model was falling out of the caches: see
// docs/BENCHMARKS.md, issue 3). Copies are deep, moves steal the pointer, as with a value member.
template<typename T>
class BoxedOptional
{
public:
    BoxedOptional() = default;
    BoxedOptional(std::nullopt_t) {}
    BoxedOptional(T value) : m_value(std::make_unique<T>(std::move(value))) {}
    BoxedOptional(const BoxedOptional &other) : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
    BoxedOptional(BoxedOptional &&) noexcept = default;
    BoxedOptional &operator=(const BoxedOptional &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    BoxedOptional &operator=(BoxedOptional &&) noexcept = default;
    BoxedOptional &operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }
    ~BoxedOptional() = default;

    template<typename... Args>
    T &emplace(Args &&...args)
    {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    void reset() { m_value.reset(); }

    [[nodiscard]] bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    [[nodiscard]] T &operator*() { return *m_value; }
    [[nodiscard]] const T &operator*() const { return *m_value; }
    [[nodiscard]] T *operator->() { return m_value.get(); }
    [[nodiscard]] const T *operator->() const { return m_value.get(); }
    [[nodiscard]] const T &value() const
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    [[nodiscard]] T &value()
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    friend bool operator==(const BoxedOptional &box, std::nullopt_t) { return !box.has_value(); }

private:
    std::unique_ptr<T> m_value;
};

} // namespace facet::schema
