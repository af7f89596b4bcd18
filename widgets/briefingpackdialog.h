#pragma once

#include "analysis.h"
#include "briefingpack.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QListWidget;

// A briefing pack as a document: the cover's title, organisation and author, and the figures (each a view
// with its own filters and an optional caption) in the order they print. Figures move with the buttons or
// by drag; the pack is saved to and opened from pack files (the format `export --pack` reads). The caller
// owns the pack; closing with changes not saved to the pack's file asks first.
class BriefingPackDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingPackDialog(std::shared_ptr<const Analysis> analysis, const BriefingPack &pack,
                       const QString &path, QWidget *parent = nullptr);

    BriefingPack pack() const;
    // The pack file last saved or opened; empty while the pack has none.
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    // Writes the pack to `path`, which becomes the pack's file; an error message, or empty.
    QString savePack(const QString &path);
    // Replaces the pack with the one in `path`; an error naming the file and the problem, or empty.
    QString openPack(const QString &path);
    QListWidget *figureList() const { return m_figures; }
    QLineEdit *captionField() const { return m_caption; }
    void moveFigure(int from, int to);

signals:
    void exportRequested();
    void previewRequested();

protected:
    void done(int result) override;

private:
    void refreshList(int current);
    QString figureLabel(int index) const;
    void markModified() { m_modified = true; }
    bool askToSave();

    std::shared_ptr<const Analysis> m_analysis;
    BriefingPack m_pack;
    QString m_path;
    bool m_modified = false;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    QLineEdit *m_author;
    QListWidget *m_figures;
    QLineEdit *m_caption;
};
