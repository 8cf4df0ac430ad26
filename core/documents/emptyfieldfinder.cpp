#include "emptyfieldfinder.h"

namespace km = kainjow::mustache;
using Component = km::component<std::string>;

namespace {
class Walker
{
public:
    explicit Walker(const km::data &root) : m_context(&root) {}

    void walk(const Component &parent)
    {
        for (const Component &c : parent.children) {
            const std::string &name = c.tag.name;
            switch (c.tag.type) {
            case km::tag_type::variable:
            case km::tag_type::unescaped_variable:
                if (EmptyFieldFinder::isEmpty(m_context.get(name)))
                    note(QString::fromStdString(name));
                break;
            case km::tag_type::section_begin:
                enter(c, m_context.get(name), QString::fromStdString(name));
                break;
            case km::tag_type::section_begin_inverted:
                if (EmptyFieldFinder::isEmpty(m_context.get(name)))
                    walk(c);
                break;
            default:
                break;
            }
        }
    }

    QList<EmptyFieldFinder::Field> fields() const { return m_fields; }

private:
    void enter(const Component &section, const km::data *value, const QString &name)
    {
        if (EmptyFieldFinder::isEmpty(value) || value->is_lambda() || value->is_lambda2())
            return;
        if (!value->is_list()) {
            m_context.push(value);
            walk(section);
            m_context.pop();
            return;
        }
        int line = 0;
        for (const km::data &item : value->list_value()) {
            m_context.push(&item);
            const QString outerList = m_list;
            const int outerLine = m_line;
            const km::data *outerItem = m_item;
            m_list = name;
            m_line = ++line;
            m_item = &item;
            walk(section);
            m_list = outerList;
            m_line = outerLine;
            m_item = outerItem;
            m_context.pop();
        }
    }

    void note(const QString &key)
    {
        // A field of the list element, or one found further out.
        const bool inItem =
            m_item && m_item->is_object() && m_item->get(key.toStdString()) != nullptr;
        EmptyFieldFinder::Field f{key, inItem ? m_list : QString(), inItem ? m_line : 0};
        for (const EmptyFieldFinder::Field &seen : m_fields)
            if (seen.key == f.key && seen.list == f.list && seen.line == f.line)
                return;
        m_fields << f;
    }

    km::context<std::string> m_context;
    const km::data *m_item = nullptr;
    QString m_list;
    int m_line = 0;
    QList<EmptyFieldFinder::Field> m_fields;
};
} // namespace

bool EmptyFieldFinder::parse(const std::string &body, Component *tree, QString *error)
{
    km::context<std::string> none;
    km::context_internal<std::string> internal{none};
    std::string message;
    const km::parser<std::string> parser{body, internal, *tree, message};
    if (!message.empty() && error)
        *error = QString::fromStdString(message);
    return message.empty();
}

QList<EmptyFieldFinder::Field> EmptyFieldFinder::find(const Component &tree, const km::data &root)
{
    Walker walker(root);
    walker.walk(tree);
    return walker.fields();
}

bool EmptyFieldFinder::isEmpty(const km::data *value)
{
    return !value || value->is_false() || value->is_empty_list() ||
           (value->is_string() && value->string_value().empty());
}

QString EmptyFieldFinder::unescapedTag(const Component &tree)
{
    for (const Component &c : tree.children) {
        if (c.tag.type == km::tag_type::unescaped_variable)
            return QString::fromStdString(c.tag.name);
        const QString inner = unescapedTag(c);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}
