# Generated from forms/settings_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 700)
        self.outerLayout = QVBoxLayout(SettingsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(SettingsPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.wardScroll = QScrollArea()
        self.wardScroll.setObjectName(u"wardScroll")
        self.wardScroll.setFrameShape(QFrame.NoFrame)
        self.wardScroll.setWidgetResizable(True)
        self.wardTab = QWidget()
        self.wardTab.setObjectName(u"wardTab")
        self.wardTabLayout = QVBoxLayout(self.wardTab)
        self.wardTabLayout.setObjectName(u"wardTabLayout")
        self.wardForm = QFormLayout()
        self.wardForm.setObjectName(u"wardForm")
        self.wardForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.wardNameLabel = QLabel(self.wardTab)
        self.wardNameLabel.setObjectName(u"wardNameLabel")

        self.wardForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wardNameLabel)

        self.wardName = QLineEdit(self.wardTab)
        self.wardName.setObjectName(u"wardName")
        self.wardName.setMaxLength(80)

        self.wardForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wardName)

        self.trustNameLabel = QLabel(self.wardTab)
        self.trustNameLabel.setObjectName(u"trustNameLabel")

        self.wardForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trustNameLabel)

        self.trustName = QLineEdit(self.wardTab)
        self.trustName.setObjectName(u"trustName")

        self.wardForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trustName)

        self.trustCodeLabel = QLabel(self.wardTab)
        self.trustCodeLabel.setObjectName(u"trustCodeLabel")

        self.wardForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trustCodeLabel)

        self.trustCode = QLineEdit(self.wardTab)
        self.trustCode.setObjectName(u"trustCode")
        self.trustCode.setMaxLength(5)

        self.wardForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trustCode)

        self.wardCodeLabel = QLabel(self.wardTab)
        self.wardCodeLabel.setObjectName(u"wardCodeLabel")

        self.wardForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wardCodeLabel)

        self.wardCode = QLineEdit(self.wardTab)
        self.wardCode.setObjectName(u"wardCode")
        self.wardCode.setMaxLength(16)

        self.wardForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wardCode)

        self.targetLabel = QLabel(self.wardTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.wardForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.huddleTarget = QSpinBox(self.wardTab)
        self.huddleTarget.setObjectName(u"huddleTarget")
        self.huddleTarget.setMinimum(1)
        self.huddleTarget.setMaximum(60)

        self.wardForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.huddleTarget)

        self.harmsLabel = QLabel(self.wardTab)
        self.harmsLabel.setObjectName(u"harmsLabel")

        self.wardForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.harmsLabel)

        self.focusHarms = QPlainTextEdit(self.wardTab)
        self.focusHarms.setObjectName(u"focusHarms")
        self.focusHarms.setTabChangesFocus(True)

        self.wardForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.focusHarms)

        self.slotsLabel = QLabel(self.wardTab)
        self.slotsLabel.setObjectName(u"slotsLabel")

        self.wardForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.slotsLabel)

        self.huddleSlots = QPlainTextEdit(self.wardTab)
        self.huddleSlots.setObjectName(u"huddleSlots")
        self.huddleSlots.setTabChangesFocus(True)

        self.wardForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.huddleSlots)

        self.rolesLabel = QLabel(self.wardTab)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.wardForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.staffRoles = QPlainTextEdit(self.wardTab)
        self.staffRoles.setObjectName(u"staffRoles")
        self.staffRoles.setTabChangesFocus(True)

        self.wardForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.staffRoles)


        self.wardTabLayout.addLayout(self.wardForm)

        self.wardMessage = QLabel(self.wardTab)
        self.wardMessage.setObjectName(u"wardMessage")
        self.wardMessage.setWordWrap(True)

        self.wardTabLayout.addWidget(self.wardMessage)

        self.wardButtons = QHBoxLayout()
        self.wardButtons.setObjectName(u"wardButtons")
        self.saveWard = QPushButton(self.wardTab)
        self.saveWard.setObjectName(u"saveWard")

        self.wardButtons.addWidget(self.saveWard)

        self.revertWard = QPushButton(self.wardTab)
        self.revertWard.setObjectName(u"revertWard")

        self.wardButtons.addWidget(self.revertWard)

        self.wardButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardButtons.addItem(self.wardButtonSpacer)


        self.wardTabLayout.addLayout(self.wardButtons)

        self.wardScroll.setWidget(self.wardTab)
        self.tabs.addTab(self.wardScroll, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffTabLayout = QVBoxLayout(self.staffTab)
        self.staffTabLayout.setObjectName(u"staffTabLayout")
        self.addStaffRow = QHBoxLayout()
        self.addStaffRow.setObjectName(u"addStaffRow")
        self.newNameLabel = QLabel(self.staffTab)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.addStaffRow.addWidget(self.newNameLabel)

        self.newStaffName = QLineEdit(self.staffTab)
        self.newStaffName.setObjectName(u"newStaffName")
        self.newStaffName.setMaxLength(60)

        self.addStaffRow.addWidget(self.newStaffName)

        self.newRoleLabel = QLabel(self.staffTab)
        self.newRoleLabel.setObjectName(u"newRoleLabel")

        self.addStaffRow.addWidget(self.newRoleLabel)

        self.newStaffRole = QComboBox(self.staffTab)
        self.newStaffRole.setObjectName(u"newStaffRole")

        self.addStaffRow.addWidget(self.newStaffRole)

        self.addStaff = QPushButton(self.staffTab)
        self.addStaff.setObjectName(u"addStaff")

        self.addStaffRow.addWidget(self.addStaff)


        self.staffTabLayout.addLayout(self.addStaffRow)

        self.staffTable = QTableWidget(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.staffTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.staffTable.setTabKeyNavigation(False)

        self.staffTabLayout.addWidget(self.staffTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.renameStaff = QPushButton(self.staffTab)
        self.renameStaff.setObjectName(u"renameStaff")

        self.staffButtons.addWidget(self.renameStaff)

        self.retireStaff = QPushButton(self.staffTab)
        self.retireStaff.setObjectName(u"retireStaff")

        self.staffButtons.addWidget(self.retireStaff)

        self.showRetired = QCheckBox(self.staffTab)
        self.showRetired.setObjectName(u"showRetired")

        self.staffButtons.addWidget(self.showRetired)

        self.staffButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffButtonSpacer)


        self.staffTabLayout.addLayout(self.staffButtons)

        self.staffMessage = QLabel(self.staffTab)
        self.staffMessage.setObjectName(u"staffMessage")
        self.staffMessage.setWordWrap(True)

        self.staffTabLayout.addWidget(self.staffMessage)

        self.tabs.addTab(self.staffTab, "")
        self.appScroll = QScrollArea()
        self.appScroll.setObjectName(u"appScroll")
        self.appScroll.setFrameShape(QFrame.NoFrame)
        self.appScroll.setWidgetResizable(True)
        self.appTab = QWidget()
        self.appTab.setObjectName(u"appTab")
        self.appTabLayout = QVBoxLayout(self.appTab)
        self.appTabLayout.setObjectName(u"appTabLayout")
        self.appForm = QFormLayout()
        self.appForm.setObjectName(u"appForm")
        self.appForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        self.appTabLayout.addLayout(self.appForm)

        self.appMessage = QLabel(self.appTab)
        self.appMessage.setObjectName(u"appMessage")
        self.appMessage.setWordWrap(True)

        self.appTabLayout.addWidget(self.appMessage)

        self.appButtons = QHBoxLayout()
        self.appButtons.setObjectName(u"appButtons")
        self.saveApp = QPushButton(self.appTab)
        self.saveApp.setObjectName(u"saveApp")

        self.appButtons.addWidget(self.saveApp)

        self.appButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appButtons.addItem(self.appButtonSpacer)


        self.appTabLayout.addLayout(self.appButtons)

        self.appSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.appTabLayout.addItem(self.appSpacer)

        self.appScroll.setWidget(self.appTab)
        self.tabs.addTab(self.appScroll, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditTabLayout = QVBoxLayout(self.auditTab)
        self.auditTabLayout.setObjectName(u"auditTabLayout")
        self.auditNote = QLabel(self.auditTab)
        self.auditNote.setObjectName(u"auditNote")
        self.auditNote.setWordWrap(True)

        self.auditTabLayout.addWidget(self.auditNote)

        self.auditTable = QTableWidget(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditTable.setTabKeyNavigation(False)

        self.auditTabLayout.addWidget(self.auditTable)

        self.tabs.addTab(self.auditTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.wardNameLabel.setBuddy(self.wardName)
        self.trustNameLabel.setBuddy(self.trustName)
        self.trustCodeLabel.setBuddy(self.trustCode)
        self.wardCodeLabel.setBuddy(self.wardCode)
        self.targetLabel.setBuddy(self.huddleTarget)
        self.harmsLabel.setBuddy(self.focusHarms)
        self.slotsLabel.setBuddy(self.huddleSlots)
        self.rolesLabel.setBuddy(self.staffRoles)
        self.newNameLabel.setBuddy(self.newStaffName)
        self.newRoleLabel.setBuddy(self.newStaffRole)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.wardName)
        QWidget.setTabOrder(self.wardName, self.trustName)
        QWidget.setTabOrder(self.trustName, self.trustCode)
        QWidget.setTabOrder(self.trustCode, self.wardCode)
        QWidget.setTabOrder(self.wardCode, self.huddleTarget)
        QWidget.setTabOrder(self.huddleTarget, self.focusHarms)
        QWidget.setTabOrder(self.focusHarms, self.huddleSlots)
        QWidget.setTabOrder(self.huddleSlots, self.staffRoles)
        QWidget.setTabOrder(self.staffRoles, self.saveWard)
        QWidget.setTabOrder(self.saveWard, self.revertWard)
        QWidget.setTabOrder(self.revertWard, self.newStaffName)
        QWidget.setTabOrder(self.newStaffName, self.newStaffRole)
        QWidget.setTabOrder(self.newStaffRole, self.addStaff)
        QWidget.setTabOrder(self.addStaff, self.staffTable)
        QWidget.setTabOrder(self.staffTable, self.renameStaff)
        QWidget.setTabOrder(self.renameStaff, self.retireStaff)
        QWidget.setTabOrder(self.retireStaff, self.showRetired)
        QWidget.setTabOrder(self.showRetired, self.saveApp)
        QWidget.setTabOrder(self.saveApp, self.auditTable)

        self.retranslateUi(SettingsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings sections", None))
#endif // QT_CONFIG(accessibility)
        self.wardNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Ward &name", None))
#if QT_CONFIG(accessibility)
        self.wardName.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Ward name", None))
#endif // QT_CONFIG(accessibility)
        self.trustNameLabel.setText(QCoreApplication.translate("SettingsPage", u"&Trust", None))
#if QT_CONFIG(accessibility)
        self.trustName.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Trust name", None))
#endif // QT_CONFIG(accessibility)
        self.trustCodeLabel.setText(QCoreApplication.translate("SettingsPage", u"Trust c&ode", None))
#if QT_CONFIG(accessibility)
        self.trustCode.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Trust code", None))
#endif // QT_CONFIG(accessibility)
        self.wardCodeLabel.setText(QCoreApplication.translate("SettingsPage", u"Ward &code", None))
#if QT_CONFIG(accessibility)
        self.wardCode.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Ward code", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("SettingsPage", u"Huddle tar&get (minutes)", None))
#if QT_CONFIG(accessibility)
        self.huddleTarget.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Huddle target in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.harmsLabel.setText(QCoreApplication.translate("SettingsPage", u"Focus har&ms (one per line)", None))
#if QT_CONFIG(accessibility)
        self.focusHarms.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Focus harms, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.slotsLabel.setText(QCoreApplication.translate("SettingsPage", u"Huddle s&lots (one per line)", None))
#if QT_CONFIG(accessibility)
        self.huddleSlots.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Huddle slots, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("SettingsPage", u"Staff &roles (one per line)", None))
#if QT_CONFIG(accessibility)
        self.staffRoles.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Staff roles, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.wardMessage.setText("")
        self.saveWard.setText(QCoreApplication.translate("SettingsPage", u"Sa&ve ward details", None))
#if QT_CONFIG(accessibility)
        self.saveWard.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save ward details", None))
#endif // QT_CONFIG(accessibility)
        self.revertWard.setText(QCoreApplication.translate("SettingsPage", u"&Undo changes", None))
#if QT_CONFIG(accessibility)
        self.revertWard.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Undo changes to ward details", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.wardScroll), QCoreApplication.translate("SettingsPage", u"&Ward", None))
        self.newNameLabel.setText(QCoreApplication.translate("SettingsPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.newStaffName.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New staff member's name", None))
#endif // QT_CONFIG(accessibility)
        self.newRoleLabel.setText(QCoreApplication.translate("SettingsPage", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.newStaffRole.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New staff member's role", None))
#endif // QT_CONFIG(accessibility)
        self.addStaff.setText(QCoreApplication.translate("SettingsPage", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addStaff.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Add to staff list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Staff list", None))
#endif // QT_CONFIG(accessibility)
        self.renameStaff.setText(QCoreApplication.translate("SettingsPage", u"R&ename or role\u2026", None))
#if QT_CONFIG(accessibility)
        self.renameStaff.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Rename or change role of the selected staff member", None))
#endif // QT_CONFIG(accessibility)
        self.retireStaff.setText(QCoreApplication.translate("SettingsPage", u"Mark as &left", None))
#if QT_CONFIG(accessibility)
        self.retireStaff.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Mark the selected staff member as left the ward", None))
#endif // QT_CONFIG(accessibility)
        self.showRetired.setText(QCoreApplication.translate("SettingsPage", u"Show pe&ople who left", None))
        self.staffMessage.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("SettingsPage", u"&Staff", None))
        self.appMessage.setText("")
        self.saveApp.setText(QCoreApplication.translate("SettingsPage", u"Sa&ve settings", None))
#if QT_CONFIG(accessibility)
        self.saveApp.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save app settings", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.appScroll), QCoreApplication.translate("SettingsPage", u"A&pp", None))
        self.auditNote.setText(QCoreApplication.translate("SettingsPage", u"Every data-changing action recorded on this PC: who, when and how many records. It cannot be edited.", None))
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("SettingsPage", u"Au&dit log", None))
        pass
    # retranslateUi

