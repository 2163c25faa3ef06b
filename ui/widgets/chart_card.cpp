// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/chart_card.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
constexpr double kSecondsPerDay = 86400.0;
// When the card has never been laid out (a hidden tab), exports still get a readable size.
constexpr int kDefaultExportWidth = 900;
constexpr int kDefaultExportHeight = 520;
enum ExportKind { Png, Pdf, Csv };

QSize exportSize(const QCustomPlot* plot)
{
    if (plot->width() < 200 || plot->height() < 120)
        return {kDefaultExportWidth, kDefaultExportHeight};
    return plot->size();
}
} // namespace

ChartCard::ChartCard(QString id, QWidget* parent)
    : QFrame(parent)
    , id_(std::move(id))
    , title_(new QLabel)
    , plot_(new QCustomPlot)
    , titleRow_(new QHBoxLayout)
    , menuButton_(new QToolButton)
    , menu_(new QMenu(this))
{
    setObjectName(id_ + QStringLiteral("Card"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    title_->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title_->setFont(titleFont);
    title_->setTextInteractionFlags(Qt::NoTextInteraction);
    plot_->setObjectName(QStringLiteral("cardPlot"));
    plot_->setMinimumHeight(240);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->yAxis->grid()->setSubGridVisible(false);
    plot_->setLocale(QLocale()); // tick labels with the locale's digit grouping (QCustomPlot's default is C)

    menuButton_->setObjectName(QStringLiteral("cardMenuButton"));
    menuButton_->setText(QStringLiteral("⋯"));
    menuButton_->setAutoRaise(true);
    menuButton_->setPopupMode(QToolButton::InstantPopup);
    menuButton_->setMenu(menu_);
    exportPng_ = menu_->addAction(QString(), this, [this]() { exportWithDialog(Png); });
    exportPdf_ = menu_->addAction(QString(), this, [this]() { exportWithDialog(Pdf); });
    exportCsv_ = menu_->addAction(QString(), this, [this]() { exportWithDialog(Csv); });
    exportPng_->setObjectName(QStringLiteral("exportPngAction"));
    exportPdf_->setObjectName(QStringLiteral("exportPdfAction"));
    exportCsv_->setObjectName(QStringLiteral("exportCsvAction"));

    titleRow_->setContentsMargins(0, 0, 0, 0);
    titleRow_->addWidget(title_, 1);
    titleRow_->addWidget(menuButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(titleRow_);
    layout->addWidget(plot_, 1);
    retranslateMenu();
}

QString ChartCard::title() const
{
    return title_->text();
}

double ChartCard::dayKey(int32_t day)
{
    return static_cast<double>(day) * kSecondsPerDay;
}

void ChartCard::setTitle(const QString& title)
{
    title_->setText(title);
}

void ChartCard::setDefinition(const QString& definition)
{
    // Rich text so that a long definition wraps in the tooltip instead of running off the screen.
    const QString tip = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(definition.toHtmlEscaped());
    title_->setToolTip(tip);
    plot_->setToolTip(tip);
}

void ChartCard::addControl(QWidget* control)
{
    titleRow_->insertWidget(titleRow_->count() - 1, control);
}

void ChartCard::setUpTimeAxis(QCPAxis* axis)
{
    // Day keys are shop days written as UTC midnights: read them back in UTC, never the machine's zone.
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    axis->setTicker(ticker);
    QCPAxisRect* rect = axis->axisRect();
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    rect->setRangeDrag(axis->orientation());
    rect->setRangeZoom(axis->orientation());
    rect->setRangeDragAxes(axis, nullptr);
    rect->setRangeZoomAxes(axis, nullptr);
    // A double click shows the whole range again after zooming or panning.
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this, axis]() {
        axis->rescale(true);
        const QCPRange range = axis->range();
        axis->setRange(range.lower - dayKey(1) / 2, range.upper + dayKey(1) / 2);
        plot_->replot();
    });
    retranslateTimeAxis(axis);
}

void ChartCard::retranslateTimeAxis(QCPAxis* axis)
{
    plot_->setLocale(QLocale());
    auto ticker = axis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (ticker)
        ticker->setDateTimeFormat(tr("MMM d\nyyyy", "date axis: month and day, the year below"));
}

bool ChartCard::exportPng(const QString& path, QString* error) const
{
    const QSize size = exportSize(plot_);
    if (plot_->savePng(path, size.width(), size.height()))
        return true;
    if (error)
        *error = tr("Could not write the image %1: the folder is missing or not writable.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool ChartCard::exportPdf(const QString& path, QString* error) const
{
    const QSize size = exportSize(plot_);
    // The title goes on the page too, so that a PDF handed on says what it shows.
    const bool ok = plot_->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("OmniConsole"),
                                   title_->text());
    if (ok)
        return true;
    if (error)
        *error = tr("Could not write the PDF %1: the folder is missing or not writable.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool ChartCard::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = csv().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartCard::exportWithDialog(int kind)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    QString suffix;
    switch (kind) {
    case Png:
        filter = tr("PNG images (*.png)");
        suffix = QStringLiteral(".png");
        break;
    case Pdf:
        filter = tr("PDF documents (*.pdf)");
        suffix = QStringLiteral(".pdf");
        break;
    default:
        filter = tr("CSV files (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(title_->text()),
                                                QDir(folder).filePath(id_ + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    const bool ok = kind == Png ? exportPng(path, &error) : kind == Pdf ? exportPdf(path, &error) : exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartCard::retranslateMenu()
{
    menuButton_->setToolTip(tr("Export and arrange this chart"));
    exportPng_->setText(tr("Export PNG…"));
    exportPdf_->setText(tr("Export PDF…"));
    exportCsv_->setText(tr("Export data as CSV…"));
}

void ChartCard::changeEvent(QEvent* event)
{
    // Each card follows a language switch by itself, wherever the dashboard has put it.
    if (event->type() == QEvent::LanguageChange) {
        plot_->setLocale(QLocale());
        retranslateMenu();
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace omni::ui
