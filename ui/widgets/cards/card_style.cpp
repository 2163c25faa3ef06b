// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/card_style.h"

#include <qcustomplot.h>

#include <QDate>
#include <QLocale>

namespace omni::ui {

QColor cardColor(int index)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x55, 0x55, 0x55)};
    constexpr int count = static_cast<int>(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % count) + count) % count];
}

void putLegendBelow(QCustomPlot* plot)
{
    // Inside the axes the legend covered the lines; a row of its own costs one line of height.
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(5, 0, 5, 4));
    row->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

QString formatPercent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString isoDay(int32_t day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

} // namespace omni::ui
