// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/card_support.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace omni::ui::cards {

namespace {
QDate dateOf(int32_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}
} // namespace

QString channelName(const std::string& code)
{
    // The five channels every store has (schema v1); a channel added by an import shows its code.
    if (code == "web")
        return QCoreApplication::translate("EngagementCards", "Web shop");
    if (code == "app")
        return QCoreApplication::translate("EngagementCards", "Mobile app");
    if (code == "mini_program")
        return QCoreApplication::translate("EngagementCards", "Mini-program");
    if (code == "store")
        return QCoreApplication::translate("EngagementCards", "Physical store");
    if (code == "social")
        return QCoreApplication::translate("EngagementCards", "Social");
    if (code.empty())
        return QCoreApplication::translate("EngagementCards", "All channels");
    return QString::fromStdString(code);
}

QString funnelStepName(const std::string& step)
{
    if (step == "view")
        return QCoreApplication::translate("EngagementCards", "Viewed");
    if (step == "click")
        return QCoreApplication::translate("EngagementCards", "Clicked");
    if (step == "add_to_cart")
        return QCoreApplication::translate("EngagementCards", "Added to cart");
    if (step == "purchase")
        return QCoreApplication::translate("EngagementCards", "Purchased");
    return QString::fromStdString(step);
}

QString isoDay(int32_t day)
{
    return dateOf(day).toString(Qt::ISODate);
}

QString localeDay(int32_t day)
{
    return QLocale().toString(dateOf(day), QLocale::ShortFormat);
}

QString percentText(double share, int decimals)
{
    return QCoreApplication::translate("EngagementCards", "%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString numberText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

namespace {
QString compact(double value)
{
    // Whole values without decimals, others with one: bin edges are mostly round.
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}
} // namespace

QString durationText(double seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("EngagementCards", "%1 s").arg(compact(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("EngagementCards", "%1 min").arg(compact(seconds / 60.0));
    return QCoreApplication::translate("EngagementCards", "%1 h").arg(compact(seconds / 3600.0));
}

QString daysText(double days)
{
    return QCoreApplication::translate("EngagementCards", "%1 d").arg(compact(days));
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QCPTextElement* subtitle(QCustomPlot* plot)
{
    const QString name = QStringLiteral("cardSubtitle");
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto* element = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i));
            element && element->objectName() == name)
            return element;
    }
    plot->plotLayout()->insertRow(0);
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    auto* element = new QCPTextElement(plot, QString(), font);
    element->setObjectName(name);
    element->setTextColor(QColor(0x33, 0x33, 0x33));
    plot->plotLayout()->addElement(0, 0, element);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    return element;
}

void legendBelow(QCustomPlot* plot)
{
    plot->legend->setVisible(true);
    // Three entries a row, so that six funnels or five channels do not widen the card.
    plot->legend->setWrap(3);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    plot->legend->setFont(font);
    auto* row = new QCPLayoutGrid;
    const int at = plot->plotLayout()->rowCount();
    plot->plotLayout()->addElement(at, 0, row);
    row->setMargins(QMargins(5, 0, 5, 5));
    row->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(at, 0.001);
}

} // namespace omni::ui::cards
