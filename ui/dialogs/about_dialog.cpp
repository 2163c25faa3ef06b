// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/about_dialog.h"

#include "resources.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QtGlobal>

namespace omni::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , icon_(new QLabel(this))
    , text_(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    icon_->setPixmap(applicationIcon().pixmap(64, 64));
    icon_->setAlignment(Qt::AlignTop);
    text_->setObjectName(QStringLiteral("aboutText"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setOpenExternalLinks(true);
    text_->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QGridLayout(this);
    layout->addWidget(icon_, 0, 0);
    layout->addWidget(text_, 0, 1);
    layout->addWidget(buttons, 1, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QString AboutDialog::version()
{
    return QStringLiteral(OMNI_VERSION);
}

QString AboutDialog::text() const
{
    return text_->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About OmniConsole"));
    const QString credits =
        tr("<p>Built with:</p><ul>"
           "<li>Qt %1 (LGPL-3.0)</li>"
           "<li>QCustomPlot (GPL-3.0) for charts</li>"
           "<li>LibTorch (BSD-3-Clause) for on-device inference</li>"
           "<li>SQLite (public domain) for the local store</li></ul>")
            .arg(QString::fromLatin1(qVersion()));
    text_->setText(tr("<h2>OmniConsole %1</h2>"
                      "<p>An offline omnichannel console for e-commerce merchants: one view of your customers, "
                      "products and engagement across web shop, app, mini-program, physical store and social "
                      "channels.</p>"
                      "<p>Licensed under the GNU General Public License, version 3 or (at your option) any later "
                      "version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</p>")
                       .arg(version())
                   + credits);
}

} // namespace omni::ui
