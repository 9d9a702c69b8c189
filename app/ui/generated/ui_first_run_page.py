# Generated from forms/first_run_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunPage(object):
    def setupUi(self, FirstRunPage):
        if not FirstRunPage.objectName():
            FirstRunPage.setObjectName(u"FirstRunPage")
        FirstRunPage.resize(900, 640)
        self.outerLayout = QVBoxLayout(FirstRunPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(FirstRunPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.intro = QLabel(FirstRunPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.wardNameLabel = QLabel(FirstRunPage)
        self.wardNameLabel.setObjectName(u"wardNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wardNameLabel)

        self.wardName = QLineEdit(FirstRunPage)
        self.wardName.setObjectName(u"wardName")
        self.wardName.setMaxLength(80)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wardName)

        self.trustNameLabel = QLabel(FirstRunPage)
        self.trustNameLabel.setObjectName(u"trustNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trustNameLabel)

        self.trustName = QLineEdit(FirstRunPage)
        self.trustName.setObjectName(u"trustName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trustName)

        self.trustCodeLabel = QLabel(FirstRunPage)
        self.trustCodeLabel.setObjectName(u"trustCodeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trustCodeLabel)

        self.trustCode = QLineEdit(FirstRunPage)
        self.trustCode.setObjectName(u"trustCode")
        self.trustCode.setMaxLength(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trustCode)

        self.wardCodeLabel = QLabel(FirstRunPage)
        self.wardCodeLabel.setObjectName(u"wardCodeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wardCodeLabel)

        self.wardCode = QLineEdit(FirstRunPage)
        self.wardCode.setObjectName(u"wardCode")
        self.wardCode.setMaxLength(16)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wardCode)

        self.harmsLabel = QLabel(FirstRunPage)
        self.harmsLabel.setObjectName(u"harmsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.harmsLabel)

        self.focusHarms = QListWidget(FirstRunPage)
        self.focusHarms.setObjectName(u"focusHarms")
        self.focusHarms.setMaximumHeight(16777215)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.focusHarms)

        self.extraHarmLabel = QLabel(FirstRunPage)
        self.extraHarmLabel.setObjectName(u"extraHarmLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.extraHarmLabel)

        self.extraHarmRow = QHBoxLayout()
        self.extraHarmRow.setObjectName(u"extraHarmRow")
        self.extraHarm = QLineEdit(FirstRunPage)
        self.extraHarm.setObjectName(u"extraHarm")

        self.extraHarmRow.addWidget(self.extraHarm)

        self.addHarm = QPushButton(FirstRunPage)
        self.addHarm.setObjectName(u"addHarm")

        self.extraHarmRow.addWidget(self.addHarm)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.extraHarmRow)


        self.outerLayout.addLayout(self.form)

        self.message = QLabel(FirstRunPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.createWard = QPushButton(FirstRunPage)
        self.createWard.setObjectName(u"createWard")

        self.buttons.addWidget(self.createWard)

        self.exploreDemo = QPushButton(FirstRunPage)
        self.exploreDemo.setObjectName(u"exploreDemo")

        self.buttons.addWidget(self.exploreDemo)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.outerLayout.addLayout(self.buttons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.wardNameLabel.setBuddy(self.wardName)
        self.trustNameLabel.setBuddy(self.trustName)
        self.trustCodeLabel.setBuddy(self.trustCode)
        self.wardCodeLabel.setBuddy(self.wardCode)
        self.harmsLabel.setBuddy(self.focusHarms)
        self.extraHarmLabel.setBuddy(self.extraHarm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wardName, self.trustName)
        QWidget.setTabOrder(self.trustName, self.trustCode)
        QWidget.setTabOrder(self.trustCode, self.wardCode)
        QWidget.setTabOrder(self.wardCode, self.focusHarms)
        QWidget.setTabOrder(self.focusHarms, self.extraHarm)
        QWidget.setTabOrder(self.extraHarm, self.addHarm)
        QWidget.setTabOrder(self.addHarm, self.createWard)
        QWidget.setTabOrder(self.createWard, self.exploreDemo)

        self.retranslateUi(FirstRunPage)

        self.createWard.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunPage)
    # setupUi

    def retranslateUi(self, FirstRunPage):
        self.title.setText(QCoreApplication.translate("FirstRunPage", u"Welcome to Ward Huddle", None))
        self.title.setObjectName(QCoreApplication.translate("FirstRunPage", u"title", None))
        self.intro.setText(QCoreApplication.translate("FirstRunPage", u"Set up your ward to start recording daily safety huddles. Everything stays on this PC. You can change all of this later in Settings.", None))
        self.wardNameLabel.setText(QCoreApplication.translate("FirstRunPage", u"&Ward name", None))
#if QT_CONFIG(accessibility)
        self.wardName.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Ward name", None))
#endif // QT_CONFIG(accessibility)
        self.wardName.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"for example Ward 7 (Respiratory)", None))
        self.trustNameLabel.setText(QCoreApplication.translate("FirstRunPage", u"&Trust", None))
#if QT_CONFIG(accessibility)
        self.trustName.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Trust name", None))
#endif // QT_CONFIG(accessibility)
        self.trustName.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"your NHS trust", None))
        self.trustCodeLabel.setText(QCoreApplication.translate("FirstRunPage", u"Trust c&ode", None))
#if QT_CONFIG(accessibility)
        self.trustCode.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Trust code", None))
#endif // QT_CONFIG(accessibility)
        self.trustCode.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"ODS code, for example RR8", None))
        self.wardCodeLabel.setText(QCoreApplication.translate("FirstRunPage", u"Ward &code", None))
#if QT_CONFIG(accessibility)
        self.wardCode.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Ward code", None))
#endif // QT_CONFIG(accessibility)
        self.wardCode.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"short code used in export file names, for example W7", None))
        self.harmsLabel.setText(QCoreApplication.translate("FirstRunPage", u"&Focus harms", None))
#if QT_CONFIG(accessibility)
        self.focusHarms.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Focus harms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.focusHarms.setAccessibleDescription(QCoreApplication.translate("FirstRunPage", u"Tick the harms your safety cross tracks", None))
#endif // QT_CONFIG(accessibility)
        self.extraHarmLabel.setText(QCoreApplication.translate("FirstRunPage", u"&Another harm", None))
#if QT_CONFIG(accessibility)
        self.extraHarm.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Another focus harm", None))
#endif // QT_CONFIG(accessibility)
        self.extraHarm.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"for example Violence and aggression", None))
        self.addHarm.setText(QCoreApplication.translate("FirstRunPage", u"Add &harm", None))
#if QT_CONFIG(accessibility)
        self.addHarm.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Add focus harm", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.message.setObjectName(QCoreApplication.translate("FirstRunPage", u"message", None))
        self.createWard.setText(QCoreApplication.translate("FirstRunPage", u"&Set up this ward", None))
#if QT_CONFIG(accessibility)
        self.createWard.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Set up this ward", None))
#endif // QT_CONFIG(accessibility)
        self.exploreDemo.setText(QCoreApplication.translate("FirstRunPage", u"&Explore the demo ward instead", None))
#if QT_CONFIG(accessibility)
        self.exploreDemo.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Explore the demo ward", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

