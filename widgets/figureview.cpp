#include "figureview.h"

FigureView::FigureView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_analysis(std::move(analysis))
{
}
