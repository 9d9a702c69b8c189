# Generated from forms/reflections_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_ReflectionsPage(object):
    def setupUi(self, ReflectionsPage):
        if not ReflectionsPage.objectName():
            ReflectionsPage.setObjectName(u"ReflectionsPage")
        ReflectionsPage.resize(1100, 700)
        self.outerLayout = QVBoxLayout(ReflectionsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.stack = QStackedWidget(ReflectionsPage)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.title = QLabel(self.listPage)
        self.title.setObjectName(u"title")

        self.listLayout.addWidget(self.title)

        self.intro = QLabel(self.listPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.listLayout.addWidget(self.intro)

        self.standingNote = QLabel(self.listPage)
        self.standingNote.setObjectName(u"standingNote")
        self.standingNote.setWordWrap(True)

        self.listLayout.addWidget(self.standingNote)

        self.filterRow = QGridLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.wardFilterLabel = QLabel(self.listPage)
        self.wardFilterLabel.setObjectName(u"wardFilterLabel")

        self.filterRow.addWidget(self.wardFilterLabel, 0, 0, 1, 1)

        self.wardFilter = QComboBox(self.listPage)
        self.wardFilter.setObjectName(u"wardFilter")

        self.filterRow.addWidget(self.wardFilter, 0, 1, 1, 1)

        self.categoryFilterLabel = QLabel(self.listPage)
        self.categoryFilterLabel.setObjectName(u"categoryFilterLabel")

        self.filterRow.addWidget(self.categoryFilterLabel, 0, 2, 1, 1)

        self.categoryFilter = QComboBox(self.listPage)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterRow.addWidget(self.categoryFilter, 0, 3, 1, 1)

        self.statusFilterLabel = QLabel(self.listPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel, 0, 4, 1, 1)

        self.statusFilter = QComboBox(self.listPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter, 0, 5, 1, 1)

        self.fromDateLabel = QLabel(self.listPage)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.filterRow.addWidget(self.fromDateLabel, 1, 0, 1, 1)

        self.fromDate = QDateEdit(self.listPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromDate, 1, 1, 1, 1)

        self.toDateLabel = QLabel(self.listPage)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filterRow.addWidget(self.toDateLabel, 1, 2, 1, 1)

        self.toDate = QDateEdit(self.listPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.toDate, 1, 3, 1, 1)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel, 1, 4, 1, 2)


        self.listLayout.addLayout(self.filterRow)

        self.reflectionList = QTableWidget(self.listPage)
        self.reflectionList.setObjectName(u"reflectionList")
        self.reflectionList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reflectionList.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reflectionList.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reflectionList.setTabKeyNavigation(False)
        self.reflectionList.setWordWrap(True)

        self.listLayout.addWidget(self.reflectionList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.openReflection = QPushButton(self.listPage)
        self.openReflection.setObjectName(u"openReflection")

        self.listButtons.addWidget(self.openReflection)

        self.newDebrief = QPushButton(self.listPage)
        self.newDebrief.setObjectName(u"newDebrief")

        self.listButtons.addWidget(self.newDebrief)

        self.newLater = QPushButton(self.listPage)
        self.newLater.setObjectName(u"newLater")

        self.listButtons.addWidget(self.newLater)

        self.listButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.listMessage = QLabel(self.listPage)
        self.listMessage.setObjectName(u"listMessage")
        self.listMessage.setWordWrap(True)

        self.listLayout.addWidget(self.listMessage)

        self.stack.addWidget(self.listPage)

        self.outerLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.wardFilterLabel.setBuddy(self.wardFilter)
        self.categoryFilterLabel.setBuddy(self.categoryFilter)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.fromDateLabel.setBuddy(self.fromDate)
        self.toDateLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wardFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.reflectionList)
        QWidget.setTabOrder(self.reflectionList, self.openReflection)
        QWidget.setTabOrder(self.openReflection, self.newDebrief)
        QWidget.setTabOrder(self.newDebrief, self.newLater)

        self.retranslateUi(ReflectionsPage)

        QMetaObject.connectSlotsByName(ReflectionsPage)
    # setupUi

    def retranslateUi(self, ReflectionsPage):
        self.title.setText(QCoreApplication.translate("ReflectionsPage", u"Reflections", None))
        self.intro.setText(QCoreApplication.translate("ReflectionsPage", u"A hot debrief is held soon after a patient safety event, a near miss or an example of good care, by the people involved. A later reflection looks back weeks afterwards: what changed, how the team is.", None))
        self.standingNote.setText("")
        self.wardFilterLabel.setText(QCoreApplication.translate("ReflectionsPage", u"&Ward", None))
#if QT_CONFIG(accessibility)
        self.wardFilter.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Show reflections for ward", None))
#endif // QT_CONFIG(accessibility)
        self.categoryFilterLabel.setText(QCoreApplication.translate("ReflectionsPage", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Show reflections in category", None))
#endif // QT_CONFIG(accessibility)
        self.statusFilterLabel.setText(QCoreApplication.translate("ReflectionsPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Show reflections with status", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateLabel.setText(QCoreApplication.translate("ReflectionsPage", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Show reflections from date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReflectionsPage", u"dd/MM/yyyy", None))
        self.toDateLabel.setText(QCoreApplication.translate("ReflectionsPage", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Show reflections up to date", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReflectionsPage", u"dd/MM/yyyy", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.reflectionList.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Reflections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reflectionList.setAccessibleDescription(QCoreApplication.translate("ReflectionsPage", u"Press Enter to open the selected reflection.", None))
#endif // QT_CONFIG(accessibility)
        self.openReflection.setText(QCoreApplication.translate("ReflectionsPage", u"&Open selected", None))
#if QT_CONFIG(accessibility)
        self.openReflection.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"Open the selected reflection", None))
#endif // QT_CONFIG(accessibility)
        self.newDebrief.setText(QCoreApplication.translate("ReflectionsPage", u"New hot d&ebrief", None))
#if QT_CONFIG(accessibility)
        self.newDebrief.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"New hot debrief after an event", None))
#endif // QT_CONFIG(accessibility)
        self.newLater.setText(QCoreApplication.translate("ReflectionsPage", u"New &later reflection", None))
#if QT_CONFIG(accessibility)
        self.newLater.setAccessibleName(QCoreApplication.translate("ReflectionsPage", u"New later reflection (follows the selected hot debrief, if any)", None))
#endif // QT_CONFIG(accessibility)
        self.listMessage.setText("")
        pass
    # retranslateUi

