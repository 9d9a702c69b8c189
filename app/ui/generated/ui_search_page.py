# Generated from forms/search_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QVBoxLayout, QWidget)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        self.outerLayout = QVBoxLayout(SearchPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(SearchPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.queryRow = QHBoxLayout()
        self.queryRow.setObjectName(u"queryRow")
        self.queryLabel = QLabel(SearchPage)
        self.queryLabel.setObjectName(u"queryLabel")

        self.queryRow.addWidget(self.queryLabel)

        self.query = QLineEdit(SearchPage)
        self.query.setObjectName(u"query")

        self.queryRow.addWidget(self.query)

        self.allWards = QCheckBox(SearchPage)
        self.allWards.setObjectName(u"allWards")

        self.queryRow.addWidget(self.allWards)


        self.outerLayout.addLayout(self.queryRow)

        self.summary = QLabel(SearchPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outerLayout.addWidget(self.summary)

        self.results = QTreeWidget(SearchPage)
        self.results.setObjectName(u"results")
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)

        self.outerLayout.addWidget(self.results)

        self.help = QLabel(SearchPage)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.outerLayout.addWidget(self.help)

#if QT_CONFIG(shortcut)
        self.queryLabel.setBuddy(self.query)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.query, self.allWards)
        QWidget.setTabOrder(self.allWards, self.results)

        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        SearchPage.setWindowTitle(QCoreApplication.translate("SearchPage", u"Search", None))
        self.title.setText(QCoreApplication.translate("SearchPage", u"Search", None))
        self.queryLabel.setText(QCoreApplication.translate("SearchPage", u"&Search for", None))
#if QT_CONFIG(accessibility)
        self.query.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search for", None))
#endif // QT_CONFIG(accessibility)
        self.query.setPlaceholderText(QCoreApplication.translate("SearchPage", u"words to find in every sheet, action, reflection, project and note (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.allWards.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search all wards", None))
#endif // QT_CONFIG(accessibility)
        self.allWards.setText(QCoreApplication.translate("SearchPage", u"All &wards", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.help.setText(QCoreApplication.translate("SearchPage", u"Enter or double-click opens the selected record. Results are grouped by kind of record, most recently changed first.", None))
    # retranslateUi

