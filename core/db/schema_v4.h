#pragma once

#include <QStringList>

// Deals: pipelines and their stages, loss reasons, products, deals with line
// items and stage history, route steps and the tasks they create, our
// company's images and document templates for commercial proposals.
QStringList schemaV4Statements();
